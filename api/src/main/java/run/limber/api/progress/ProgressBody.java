package run.limber.api.progress;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import run.limber.domain.progress.WeekProgress;
import run.limber.domain.progress.WeeklyProgress;

/**
 * The caller's progress.
 *
 * @param streakWeeks consecutive weeks meeting the goal, up to this week once it is met, else up to last week
 * @param weeks       newest (this week) first
 */
public record ProgressBody(int goal, int streakWeeks, List<WeekBody> weeks) {

    /** One ISO week in the runner's time zone; goalMet is judged against the current goal. */
    @Schema(name = "ProgressWeekBody")
    public record WeekBody(String week, int sessions, boolean goalMet) {

        static WeekBody of(WeekProgress week) {
            return new WeekBody(week.week(), week.sessions(), week.goalMet());
        }
    }

    static ProgressBody of(WeeklyProgress progress) {
        return new ProgressBody(progress.goal(), progress.streakWeeks(),
                progress.weeks().stream().map(WeekBody::of).toList());
    }
}
