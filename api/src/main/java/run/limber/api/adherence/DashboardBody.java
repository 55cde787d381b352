package run.limber.api.adherence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import run.limber.domain.clubs.adherence.AdherenceWeek;
import run.limber.domain.clubs.adherence.Dashboard;
import run.limber.domain.clubs.adherence.MemberAdherence;
import run.limber.domain.shared.Page;

/**
 * A page of the adherence dashboard.
 *
 * @param weeks the Mondays of the ISO weeks shown, in the club's time zone, newest first
 */
public record DashboardBody(List<LocalDate> weeks, Page<MemberAdherenceBody> members) {

    /**
     * @param email present only when the member shares it with the club
     * @param weeks newest (the current week) first
     */
    public record MemberAdherenceBody(long accountId, String displayName,
                                      @JsonInclude(JsonInclude.Include.NON_NULL) String email, int streakWeeks,
                                      Instant lastSessionAt, List<WeekBody> weeks) {

        static MemberAdherenceBody of(MemberAdherence member) {
            return new MemberAdherenceBody(member.accountId(), member.displayName(), member.email(),
                    member.streakWeeks(), member.lastSessionAt(), member.weeks().stream().map(WeekBody::of).toList());
        }
    }

    /**
     * One ISO week of a member.
     *
     * @param week   its Monday
     * @param status MET, PARTLY, MISSED or IN_PROGRESS; null when nothing was asked for that week
     */
    @Schema(name = "MemberWeekBody")
    public record WeekBody(LocalDate week, int sessions, int target, String status) {

        static WeekBody of(AdherenceWeek week) {
            return new WeekBody(week.week(), week.sessions(), week.target(),
                    week.status() == null ? null : week.status().name());
        }
    }

    static DashboardBody of(Dashboard dashboard) {
        return new DashboardBody(dashboard.weeks(), dashboard.members().map(MemberAdherenceBody::of));
    }
}
