package run.limber.domain.clubs.adherence;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import run.limber.testing.AtOnce;

@QuarkusTest
class CoachDigestTest {

    private static final String ROUTINE = "ten-minute-mobility";
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @Inject
    CoachDigest digest;

    @Inject
    MockMailbox mailbox;

    @Inject
    EntityManager entities;

    @Test
    void onMondayMorningInTheClubsZoneEachCoachWhoWantsItGetsOneDigestEvenWithTwoRunsAtOnce() {
        var fixture = new AdherenceFixture(entities);
        // a week far ahead, so no other test's club is due: the digest of "last week" is about `week`
        LocalDate week = AdherenceFixture.thisMonday().plusWeeks(60);
        long club = fixture.club("Digest Club " + System.nanoTime(), AUCKLAND.getId());
        long coach = fixture.account("Coach", "UTC");
        long owner = fixture.account("Owner", "UTC");
        long quietCoach = fixture.account("Quiet coach", "UTC");
        fixture.join(club, coach, "COACH", false);
        fixture.join(club, owner, "OWNER", false);
        fixture.join(club, quietCoach, "COACH", false);
        fixture.wantsDigest(club, quietCoach, false);
        long missed = member(fixture, club, "Mia Missed");
        long returned = member(fixture, club, "Rex Returned");
        long steady = member(fixture, club, "Sam Steady");
        long group = fixture.group(club, "Everyone", missed, returned, steady);
        fixture.assignment(club, group, null, ROUTINE, week.minusWeeks(2), null, 2, MONDAY, WEDNESDAY, FRIDAY);
        fixture.sessions(missed, ROUTINE, week, 1);
        fixture.sessions(returned, ROUTINE, week.plusDays(2), 2);
        fixture.sessions(returned, ROUTINE, week.minusWeeks(1), 1);
        fixture.sessions(steady, ROUTINE, week, 2);
        fixture.sessions(steady, ROUTINE, week.minusWeeks(1), 2);

        Instant mondaySixAm = week.plusWeeks(1).atTime(6, 59).atZone(AUCKLAND).toInstant();
        digest.sendDue(mondaySixAm);
        assertEquals(0, mailbox.getMailsSentTo(email(fixture, coach)).size(), "not before 07:00 where the club is");

        Instant mondayMorning = week.plusWeeks(1).atTime(7, 30).atZone(AUCKLAND).toInstant();
        var claimed = AtOnce.run(2, run -> digest.sendDue(mondayMorning));
        digest.sendDue(mondayMorning.plusSeconds(3600));

        var toCoach = mailbox.getMailsSentTo(email(fixture, coach));
        assertEquals(1, toCoach.size(), "one digest per coach: " + claimed);
        assertEquals(1, mailbox.getMailsSentTo(email(fixture, owner)).size());
        assertEquals(0, mailbox.getMailsSentTo(email(fixture, quietCoach)).size(), "switched off");
        String text = toCoach.getFirst().getText();
        String missedPart = text.substring(text.indexOf("Missed"), text.indexOf("Came back"));
        String returnedPart = text.substring(text.indexOf("Came back"));
        assertTrue(missedPart.contains("Mia Missed (1 of 2)") && !missedPart.contains("Sam"), text);
        assertTrue(returnedPart.contains("Rex Returned (2 of 2)") && !returnedPart.contains("Sam"), text);
        assertTrue(toCoach.getFirst().getSubject().contains("the week of " + week), toCoach.getFirst().getSubject());
    }

    private static long member(AdherenceFixture fixture, long club, String name) {
        long id = fixture.account(name, "UTC");
        fixture.join(club, id, "MEMBER", false);
        return id;
    }

    private String email(AdherenceFixture fixture, long accountId) {
        return (String) entities.createNativeQuery("select email from account where id = ?1")
                .setParameter(1, accountId).getSingleResult();
    }
}
