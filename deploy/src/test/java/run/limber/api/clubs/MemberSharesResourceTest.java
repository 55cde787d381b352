package run.limber.api.clubs;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static run.limber.domain.clubs.adherence.AdherenceFixture.thisMonday;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.client;
import static run.limber.testing.TestAccounts.register;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import run.limber.domain.clubs.adherence.AdherenceFixture;
import run.limber.testing.DemoCallers;
import run.limber.testing.TestAccounts;

/**
 * A coach's view of one member: the day and routine of the club's sessions only, and only while the member shares
 * note, ease or pain; those and self-tests exactly as the member shares them; nobody but the club's coaches and owner,
 * for as long as the member stays.
 */
@QuarkusTest
class MemberSharesResourceTest {

    private static final String ROUTINE = "ten-minute-mobility";
    private static final String OTHER_ROUTINE = "post-run-cooldown";

    @Inject
    EntityManager entities;

    AdherenceFixture fixture;
    long club;
    String owner;
    String coach;
    TestAccounts.Account member;
    String memberToken;
    LocalDate monday;

    /** A UTC club whose member has an assignment since four weeks ago, Mondays and Fridays. */
    @BeforeEach
    void club() {
        fixture = new AdherenceFixture(entities);
        club = fixture.club("Harbour Harriers", "UTC");
        owner = joined("OWNER").accessToken();
        coach = joined("COACH").accessToken();
        member = joined("MEMBER");
        memberToken = member.accessToken();
        monday = thisMonday();
        fixture.assignment(club, null, member.id(), ROUTINE, monday.minusWeeks(4), null, 2, MONDAY, FRIDAY);
    }

    private TestAccounts.Account joined(String role) {
        var account = register();
        fixture.join(club, account.id(), role, false);
        return account;
    }

    private String path(String kind) {
        return "/api/v1/clubs/" + club + "/members/" + member.id() + "/" + kind;
    }

    @Test
    void withNothingSharedCoachesGetNoSessionsAtAllAndNoSelfTests() {
        logged(ROUTINE, monday.minusWeeks(1), "Calves tight", true);
        logged(ROUTINE, monday.minusWeeks(2), null, false);
        selfTest("after a long run");

        // joining shares counts, the streak and the last date: not which days, nor how long
        as(coach).when().get(path("sessions")).then().statusCode(200)
                .body("items", empty())
                .body("total", is(0))
                .body("shared", is(Map.of("notes", false, "ease", false, "pain", false)));
        as(owner).when().get(path("self-tests")).then().statusCode(200)
                .body("shared", is(false))
                .body("items", empty())
                .body("total", is(0));
    }

    @Test
    void aSharedKindListsOnlyTheClubsSessionsByDayAndRoutineWithoutTimeDurationOrId() {
        logged(ROUTINE, monday.minusWeeks(1), "Calves tight", true);
        logged(ROUTINE, monday.minusWeeks(2), null, false);
        logged(OTHER_ROUTINE, monday.minusWeeks(1), "not the club's routine", false);
        logged(ROUTINE, monday.minusWeeks(6), "before the assignment started", false);

        share(Map.of("pain", true));
        as(coach).when().get(path("sessions")).then().statusCode(200)
                .body("items.day", contains(monday.minusWeeks(1).toString(), monday.minusWeeks(2).toString()))
                .body("total", is(2))
                .body("items[0].routine", is(ROUTINE))
                .body("items[0].context", is("BEFORE_RUN"))
                .body("items[0].pain", is(true))
                .body("items[0]", not(hasKey("id")))
                .body("items[0]", not(hasKey("startedAt")))
                .body("items[0]", not(hasKey("durationSeconds")))
                .body("items[0]", not(hasKey("note")))
                .body("items[0]", not(hasKey("ratings")))
                .body("shared", is(Map.of("notes", false, "ease", false, "pain", true)));
    }

    @Test
    void theDayIsTheSessionsDateInTheMembersTimeZone() {
        share(Map.of("notes", true));
        fixture.timeZone(member.id(), "Pacific/Auckland"); // 12 or 13 hours ahead of UTC
        LocalDate day = monday.minusWeeks(1);
        as(memberToken).body(Map.of("routine", ROUTINE, "context", "AFTER_RUN", "durationSeconds", 600,
                        "startedAt", day.atTime(20, 0).toInstant(ZoneOffset.UTC).toString()))
                .when().post("/api/v1/me/sessions").then().statusCode(201);

        as(coach).when().get(path("sessions")).then().statusCode(200)
                .body("items.day", contains(day.plusDays(1).toString()));
    }

    @Test
    void eachKindAppearsOnlyWhileItsChoiceIsOn() {
        logged(ROUTINE, monday.minusWeeks(1), "Calves tight", false);
        selfTest("after a long run");

        share(Map.of("notes", true));
        as(coach).when().get(path("sessions")).then().statusCode(200)
                .body("items[0].note", is("Calves tight"))
                .body("items[0]", not(hasKey("ratings")))
                .body("items[0]", not(hasKey("pain")))
                .body("shared", is(Map.of("notes", true, "ease", false, "pain", false)));

        share(Map.of("ease", true, "pain", true));
        as(coach).when().get(path("sessions")).then().statusCode(200)
                .body("items[0]", not(hasKey("note")))
                .body("items[0].ratings[0].drill", is("hip-switches"))
                .body("items[0].ratings[0].ease", is(4))
                .body("items[0].pain", is(false)); // shared and not flagged: false, not absent

        share(Map.of("selfTests", true));
        as(coach).when().get(path("self-tests")).then().statusCode(200)
                .body("shared", is(true))
                .body("total", is(1))
                .body("items[0].kneeToWall.leftCm", is(9.5f))
                .body("items[0].hipRotation.externalRight", is(45))
                .body("items[0]", not(hasKey("note"))); // a self-test's note is a note: only with notes shared too

        share(Map.of("selfTests", true, "notes", true));
        as(coach).when().get(path("self-tests")).then().body("items[0].note", is("after a long run"));

        share(Map.of());
        as(coach).when().get(path("sessions")).then().statusCode(200).body("items", empty()).body("total", is(0));
        as(coach).when().get(path("self-tests")).then().body("shared", is(false)).body("items", empty());
    }

    @Test
    void onlyTheClubsCoachesAndOwnerReadAMemberAndOnlyAMemberOfThisClub() {
        long otherClub = fixture.club("Elsewhere", "UTC");
        var otherCoach = register();
        fixture.join(otherClub, otherCoach.id(), "COACH", false);
        var elsewhere = register();
        fixture.join(otherClub, elsewhere.id(), "MEMBER", false);
        String otherCoachToken = otherCoach.accessToken();
        for (String kind : List.of("sessions", "self-tests")) {
            client().when().get(path(kind)).then().statusCode(401);
            as(owner).when().get(path(kind)).then().statusCode(200);
            as(coach).when().get(path(kind)).then().statusCode(200);
            // a member of the club asking for a coach's read: 403, as for every coach-only club read
            as(memberToken).when().get(path(kind)).then().statusCode(403).contentType("application/problem+json");
            as(otherCoachToken).when().get(path(kind)).then().statusCode(404).contentType("application/problem+json");
            DemoCallers.admin().given().when().get(path(kind)).then().statusCode(404);
            String base = "/api/v1/clubs/" + club + "/members/";
            as(coach).when().get(base + elsewhere.id() + "/" + kind).then().statusCode(404)
                    .contentType("application/problem+json");
            as(coach).when().get(base + 999_999_999_999L + "/" + kind).then().statusCode(404);
            as(otherCoachToken).when().get("/api/v1/clubs/" + otherClub + "/members/" + member.id() + "/" + kind)
                    .then().statusCode(404);
        }
    }

    @Test
    void aMemberWhoLeavesIsNotFoundAtOncePastWeeksIncluded() {
        logged(ROUTINE, monday.minusWeeks(2), null, false);
        share(Map.of("notes", true, "selfTests", true));
        as(coach).when().get(path("sessions")).then().statusCode(200).body("total", is(1));

        as(memberToken).when().delete("/api/v1/clubs/" + club + "/members/me").then().statusCode(204);

        as(coach).when().get(path("sessions")).then().statusCode(404);
        as(coach).when().get(path("self-tests")).then().statusCode(404);
    }

    @Test
    void pagesAreBoundedAndNewestFirst() {
        logged(ROUTINE, monday.minusWeeks(3), null, false);
        logged(ROUTINE, monday.minusWeeks(2), null, false);
        logged(ROUTINE, monday.minusWeeks(1), null, false);
        share(Map.of("ease", true));

        as(coach).queryParam("size", 2).when().get(path("sessions")).then().statusCode(200)
                .body("items.day", contains(monday.minusWeeks(1).toString(), monday.minusWeeks(2).toString()))
                .body("size", is(2)).body("total", is(3));
        as(coach).queryParam("size", 2).queryParam("page", 1).when().get(path("sessions")).then()
                .body("items.day", contains(monday.minusWeeks(3).toString())).body("page", is(1));
        for (String kind : List.of("sessions", "self-tests")) {
            as(coach).queryParam("size", 101).queryParam("page", -1).when().get(path(kind))
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("size"))
                    .body("errors.field", hasItem("page"));
            as(coach).queryParam("size", "lots").when().get(path(kind)).then().statusCode(400);
        }
    }

    /** A session logged through the runner's own API, at noon UTC of the day. */
    private void logged(String routine, LocalDate day, String note, boolean pain) {
        var body = new HashMap<String, Object>(Map.of("routine", routine, "context", "BEFORE_RUN",
                "startedAt", day.atTime(12, 0).toInstant(ZoneOffset.UTC).toString(), "durationSeconds", 600,
                "ratings", List.of(Map.of("drill", "hip-switches", "ease", 4)), "pain", pain));
        if (note != null) {
            body.put("note", note);
        }
        as(memberToken).body(body).when().post("/api/v1/me/sessions").then().statusCode(201);
    }

    private void selfTest(String note) {
        as(memberToken).body(Map.of("takenAt", Instant.now().minusSeconds(3600).toString(),
                        "kneeToWall", Map.of("leftCm", 9.5, "rightCm", 12),
                        "hipRotation", Map.of("internalLeft", 30, "internalRight", 35, "externalLeft", 40,
                                "externalRight", 45),
                        "note", note))
                .when().post("/api/v1/me/assessments").then().statusCode(201);
    }

    /** The member's choices, as the member makes them: those left out are off. */
    private void share(Map<String, Boolean> choices) {
        as(memberToken).body(choices).when().put("/api/v1/clubs/" + club + "/members/me/sharing")
                .then().statusCode(200);
    }
}
