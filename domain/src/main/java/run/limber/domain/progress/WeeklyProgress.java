package run.limber.domain.progress;

import java.util.List;

/**
 * A runner's progress: their goal, their streak, and recent weeks.
 *
 * @param streakWeeks consecutive weeks meeting the goal, up to this week if it is met already, else up to last week
 * @param weeks       newest (this week) first, weeks without sessions included
 */
public record WeeklyProgress(int goal, int streakWeeks, List<WeekProgress> weeks) {

    public WeeklyProgress {
        weeks = List.copyOf(weeks);
    }

    public WeekProgress thisWeek() {
        return weeks.getFirst();
    }
}
