package run.limber.domain.clubs.adherence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The weekly summary of a club or group, counted from its members' kept weeks ({@link KeptWeeks}). */
@ApplicationScoped
class WeekSummaries {

    private final KeptWeeks kept;

    WeekSummaries(KeptWeeks kept) {
        this.kept = kept;
    }

    /** The {@code count} weeks from {@code thisWeek} back, newest first, for the whole club or one group. */
    List<WeekSummary> summary(long clubId, Long groupId, LocalDate thisWeek, int count) {
        int[] targeted = new int[count];
        int[] met = new int[count];
        kept.each(new MemberScope(clubId, groupId, null), thisWeek, count, member -> {
            for (int i = 0; i < count; i++) {
                var status = member.weeks().get(i).status();
                targeted[i] += status == null ? 0 : 1;
                met[i] += status == WeekStatus.MET ? 1 : 0;
            }
        });
        var summary = new ArrayList<WeekSummary>(count);
        for (int i = 0; i < count; i++) {
            summary.add(WeekSummary.of(thisWeek.minusWeeks(i), targeted[i], met[i]));
        }
        return summary;
    }
}
