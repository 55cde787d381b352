package run.limber.domain.clubs.adherence;

import io.quarkus.mailer.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** What the digest says: who missed last week's target and who came back after missing the week before. */
@ApplicationScoped
class DigestMail {

    /** Names listed per section; a club of thousands gets the first ones and a count of the rest. */
    static final int MAX_NAMES = 100;

    private final AdherenceReader reader;

    DigestMail(AdherenceReader reader) {
        this.reader = reader;
    }

    /** One mail per coach who wants it; none when nobody was asked for anything last week. */
    List<Mail> compose(DigestClub club) {
        var weeks = new ClubWeeks(club.week().plusWeeks(1), 3, 3, reader.assignments(club.id()));
        var missed = new ArrayList<String>();
        var returned = new ArrayList<String>();
        int[] targeted = {0};
        reader.members(MemberScope.club(club.id()), weeks.since(), -1, 0, false, row -> {
            var judged = weeks.judge(row).weeks();
            var last = judged.get(1);
            var before = judged.get(2).status();
            if (last.status() == null) {
                return;
            }
            targeted[0]++;
            String line = row.displayName() + " (" + last.sessions() + " of " + last.target() + ")";
            if (last.status() != WeekStatus.MET) {
                missed.add(line);
            } else if (before == WeekStatus.MISSED || before == WeekStatus.PARTLY) {
                returned.add(line);
            }
        });
        if (targeted[0] == 0) {
            return List.of();
        }
        String body = text(club, targeted[0], missed, returned);
        var mails = new ArrayList<Mail>();
        reader.query("""
                select acc.email from club_member cm join account acc on acc.id = cm.account_id
                where cm.club_id = ? and cm.role in ('OWNER', 'COACH') and cm.wants_digest and not acc.disabled
                order by acc.id""", new Object[] {club.id()}, 0,
                rs -> mails.add(Mail.withText(rs.getString(1), club.name() + ": the week of " + club.week(), body)));
        return mails;
    }

    private static String text(DigestClub club, int targeted, List<String> missed, List<String> returned) {
        return """
                Hello,

                this is how the members of %s did in the week of %s (%d had sessions assigned).

                Missed their target:
                %s
                Came back after missing the week before:
                %s
                You get this because you coach the club; switch it off in the club's settings.
                """.formatted(club.name(), club.week(), targeted, names(missed), names(returned));
    }

    private static String names(List<String> names) {
        if (names.isEmpty()) {
            return "  nobody\n";
        }
        var text = new StringBuilder();
        names.stream().limit(MAX_NAMES).forEach(name -> text.append("  - ").append(name).append('\n'));
        if (names.size() > MAX_NAMES) {
            text.append("  and ").append(names.size() - MAX_NAMES).append(" more\n");
        }
        return text.toString();
    }
}
