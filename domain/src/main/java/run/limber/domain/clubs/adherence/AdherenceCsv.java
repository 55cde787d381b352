package run.limber.domain.clubs.adherence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import run.limber.domain.progress.IsoWeeks;

/**
 * Writes a whole club's adherence as CSV while the database streams the members: one member in memory at a time,
 * whatever the size of the club.
 */
@ApplicationScoped
class AdherenceCsv {

    static final String HEADER = "account_id,display_name,email,streak_weeks,last_session_at,week,sessions,target,status";

    private final AdherenceReader reader;
    private final Clock clock;

    AdherenceCsv(AdherenceReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    /** In a read transaction of its own: the response is written after the request's own has ended. */
    void write(long clubId, ZoneId zone, int weekCount, OutputStream out) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write(HEADER);
        writer.write('\n');
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                var thisWeek = IsoWeeks.mondayOf(LocalDate.ofInstant(clock.instant(), zone));
                var weeks = new ClubWeeks(thisWeek, weekCount, AdherenceService.STREAK_HORIZON,
                        reader.assignments(clubId));
                reader.members(MemberScope.club(clubId), weeks.since(), -1, 0, true,
                        row -> rows(weeks.judge(row), writer));
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    private static void rows(MemberAdherence member, Writer out) {
        try {
            for (var week : member.weeks()) {
                out.write(Long.toString(member.accountId()));
                out.write(',');
                out.write(cell(member.displayName()));
                out.write(',');
                out.write(cell(member.email()));
                out.write(',' + Integer.toString(member.streakWeeks()) + ','
                        + (member.lastSessionAt() == null ? "" : member.lastSessionAt().toString()) + ','
                        + week.week() + ',' + week.sessions() + ',' + week.target() + ','
                        + (week.status() == null ? "" : week.status().name()) + '\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A text cell: quoted when it holds a comma, quote or line break, and never read as a formula by a spreadsheet
     * (names are typed by members).
     */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? '"' + safe.replace("\"", "\"\"") + '"'
                : safe;
    }
}
