package run.limber.api.clubs;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static run.limber.api.clubs.ClubPeople.club;
import static run.limber.api.clubs.ClubPeople.coachOf;
import static run.limber.api.clubs.ClubPeople.memberOf;
import static run.limber.api.clubs.ClubPeople.person;
import static run.limber.testing.TestAccounts.client;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import run.limber.testing.AtOnce;

/** Invitations by email: a link for one address, once, and a bounded number a day per club. */
@QuarkusTest
class ClubInvitationResourceTest {

    private static final Pattern LINK = Pattern.compile("https://limber\\.test/clubs/invitation/(\\S+)");

    @Inject
    MockMailbox mailbox;

    @Inject
    EntityManager entities;

    @Test
    void theInvitedAccountJoinsThroughTheMailedLinkOnce() {
        var club = club();
        var invitee = person();
        coachOf(club).given().body(Map.of("email", invitee.email().toUpperCase(Locale.ROOT)))
                .when().post(club.path() + "/invitations")
                .then().statusCode(201).body("email", equalTo(invitee.email()));
        String token = tokenMailedTo(invitee.email());
        String link = "/api/v1/clubs/invitations/" + token;

        person().given().when().get(link).then().statusCode(404);
        person().given().body(Map.of()).when().post(link).then().statusCode(404);
        invitee.given().when().get(link).then().statusCode(200)
                .body("clubName", equalTo("Riverside Runners")).body("alwaysShared.size()", equalTo(3));
        invitee.given().body(Map.of("ease", true)).when().post(link).then().statusCode(201)
                .body("clubId", equalTo((int) club.id()))
                .body("role", equalTo("MEMBER"))
                .body("sharing.ease", equalTo(true))
                .body("sharing.email", equalTo(false));
        invitee.given().body(Map.of()).when().post(link).then().statusCode(404);
        invitee.given().when().get(club.path()).then().statusCode(200);
    }

    @Test
    void onlyCoachesInviteAndOnlyRealAddresses() {
        var club = club();
        memberOf(club).given().body(Map.of("email", "someone@example.org")).when().post(club.path() + "/invitations")
                .then().statusCode(403);
        coachOf(club()).given().body(Map.of("email", "someone@example.org")).when().post(club.path() + "/invitations")
                .then().statusCode(404);
        client().body(Map.of("email", "someone@example.org")).when().post(club.path() + "/invitations")
                .then().statusCode(401);
        client().body(Map.of()).when().post("/api/v1/clubs/invitations/whatever").then().statusCode(401);
        club.owner().given().body(Map.of("email", "not an address")).when().post(club.path() + "/invitations")
                .then().statusCode(400).body("errors.field", hasItem("email"));
        club.owner().given().body(Map.of("email", "a@" + "b".repeat(300) + ".org"))
                .when().post(club.path() + "/invitations").then().statusCode(400);
        club.owner().given().when().get("/api/v1/clubs/invitations/" + "x".repeat(43)).then().statusCode(404);
    }

    @Test
    void aClubSendsABoundedNumberADayEvenAllAtOnce() {
        var club = club();
        var statuses = AtOnce.run(8, i -> club.owner().given()
                .body(Map.of("email", "invitee-" + i + "-" + club.id() + "@example.org"))
                .when().post(club.path() + "/invitations").statusCode());

        assertEquals(5, Collections.frequency(statuses, 201), statuses.toString()); // %test.limber.clubs.invitations-per-day
        assertEquals(3, Collections.frequency(statuses, 429), statuses.toString());
        club.owner().given().body(Map.of("email", "late-" + club.id() + "@example.org"))
                .when().post(club.path() + "/invitations").then().statusCode(429)
                .header("Retry-After", notNullValue());
        var otherClub = club();
        otherClub.owner().given().body(Map.of("email", "other-club@example.org"))
                .when().post(otherClub.path() + "/invitations").then().statusCode(201);
    }

    @Test
    void anExpiredLinkIsNotFound() {
        var club = club();
        var invitee = person();
        club.owner().given().body(Map.of("email", invitee.email())).when().post(club.path() + "/invitations")
                .then().statusCode(201);
        String link = "/api/v1/clubs/invitations/" + tokenMailedTo(invitee.email());
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(
                        "update club_invitation set expires_at = now() - interval '1 second' where email = ?1")
                .setParameter(1, invitee.email()).executeUpdate());

        invitee.given().when().get(link).then().statusCode(404);
        invitee.given().body(Map.of()).when().post(link).then().statusCode(404);
    }

    private String tokenMailedTo(String email) {
        var mails = mailbox.getMailsSentTo(email);
        assertEquals(1, mails.size());
        var link = LINK.matcher(mails.getFirst().getText());
        assertTrue(link.find(), mails.getFirst().getText());
        return link.group(1);
    }
}
