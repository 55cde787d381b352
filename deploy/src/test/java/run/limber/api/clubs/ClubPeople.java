package run.limber.api.clubs;

import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.register;

import io.restassured.specification.RequestSpecification;
import java.util.Map;
import run.limber.testing.TestAccounts;

/**
 * Fresh accounts and clubs for club tests, made through the API (so the packaged-app tests use them too): no test sees
 * another's clubs.
 */
public final class ClubPeople {

    private ClubPeople() {
    }

    /** A newly registered account, signed in. */
    public record Person(long id, String email, String token) {

        public RequestSpecification given() {
            return as(token);
        }
    }

    /** A club made through the API, with its owner. */
    public record Club(long id, String joinCode, Person owner) {

        public String path() {
            return "/api/v1/clubs/" + id;
        }
    }

    public static Person person() {
        TestAccounts.Account account = register();
        return new Person(account.id(), account.email(), account.accessToken());
    }

    static Club clubOf(Person owner) {
        return clubOf(owner, "Europe/Berlin");
    }

    public static Club clubOf(Person owner, String timeZone) {
        var body = owner.given().body(Map.of("name", "Riverside Runners", "timeZone", timeZone))
                .when().post("/api/v1/clubs")
                .then().statusCode(201).extract().jsonPath();
        return new Club(body.getLong("id"), body.getString("joinCode"), owner);
    }

    static Club club() {
        return clubOf(person());
    }

    /** A new account that joined the club as a member. */
    static Person memberOf(Club club) {
        var member = person();
        join(member, club);
        return member;
    }

    public static void join(Person person, Club club) {
        person.given().body(Map.of("code", club.joinCode())).when().post("/api/v1/clubs/join").then().statusCode(201);
    }

    /** A new account the owner made a coach of the club. */
    static Person coachOf(Club club) {
        var coach = memberOf(club);
        club.owner().given().body(Map.of("role", "COACH"))
                .when().put(club.path() + "/members/" + coach.id() + "/role").then().statusCode(204);
        return coach;
    }
}
