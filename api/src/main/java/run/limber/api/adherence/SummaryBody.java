package run.limber.api.adherence;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import run.limber.domain.clubs.adherence.WeekSummary;

/**
 * Per ISO week, newest first, the share of members asked for sessions who met their target.
 */
public record SummaryBody(List<WeekBody> weeks) {

    /**
     * @param week  its Monday, in the club's time zone
     * @param share metMembers / targetedMembers, 0 to 1; null when nobody was asked for anything that week
     */
    @Schema(name = "ClubWeekBody")
    public record WeekBody(LocalDate week, int targetedMembers, int metMembers, Double share) {
    }

    static SummaryBody of(List<WeekSummary> summary) {
        return new SummaryBody(summary.stream()
                .map(w -> new WeekBody(w.week(), w.targetedMembers(), w.metMembers(), w.share())).toList());
    }
}
