package run.limber.domain.clubs.adherence;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The Monday digest: from 07:00 on Monday in the club's time zone, each coach (and the owner) who wants it gets one
 * email naming the members who missed last week's target and those who came back. Every instance runs this job;
 * the row a club's digest inserts into {@code club_digest}, in the transaction that sends it, makes sure it goes out
 * once per club and week. A mail that fails rolls the claim back, so the next run tries again.
 */
@ApplicationScoped
class CoachDigest {

    private static final Logger LOG = Logger.getLogger(CoachDigest.class);

    /** Clubs whose digest of last week has not gone out, now that it is Monday 07:00 or later where they are. */
    private static final String DUE = """
            with now as (select cast(? as timestamptz) as at),
            club_week as (
                select c.id, c.name, c.time_zone, cast(date_trunc('week', now.at at time zone c.time_zone) as date) as monday,
                       now.at at time zone c.time_zone as local_now
                from club c, now)
            select w.id, w.name, w.monday - 7 - date '1970-01-01' from club_week w
            where w.local_now >= w.monday + interval '7 hours'
              and exists (select 1 from club_assignment a where a.club_id = w.id)
              and not exists (select 1 from club_digest d where d.club_id = w.id and d.week = w.monday - 7)
            order by w.id""";

    private final AdherenceReader reader;
    private final DigestMail mail;
    private final Mailer mailer;
    private final Clock clock;

    CoachDigest(AdherenceReader reader, DigestMail mail, Mailer mailer, Clock clock) {
        this.reader = reader;
        this.mail = mail;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** Every 5 minutes by default; tests switch it off ({@code off}) and call {@link #sendDue} with a time of their own. */
    @Scheduled(every = "${limber.coach-digest.every:5m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        sendDue(clock.instant());
    }

    /** Sends every digest due at {@code now} that no other run claimed; returns how many clubs this call sent for. */
    int sendDue(Instant now) {
        var due = QuarkusTransaction.requiringNew().call(() -> {
            var clubs = new ArrayList<DigestClub>();
            reader.query(DUE, new Object[] {OffsetDateTime.ofInstant(now, ZoneOffset.UTC)}, 0, rs -> clubs.add(
                    new DigestClub(rs.getLong(1), rs.getString(2), LocalDate.ofEpochDay(rs.getLong(3)))));
            return clubs;
        });
        int sent = 0;
        for (var club : due) {
            if (QuarkusTransaction.requiringNew().call(() -> claimAndSend(club, now))) {
                sent++;
            }
        }
        if (sent > 0) {
            LOG.infof("Sent the weekly coach digest of %d club(s)", sent);
        }
        return sent;
    }

    /** Waits for a run claiming the same club and week to end, and sends only if this one wins the claim. */
    private boolean claimAndSend(DigestClub club, Instant now) {
        int claimed = reader.update("insert into club_digest (club_id, week, sent_at) values (?, ?, ?)"
                + " on conflict do nothing", club.id(), club.week(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        if (claimed == 0) {
            return false;
        }
        List<Mail> mails = mail.compose(club);
        if (!mails.isEmpty()) {
            mailer.send(mails.toArray(Mail[]::new));
        }
        return true;
    }
}
