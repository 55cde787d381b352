package run.limber.api.assignments;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static run.limber.api.assignments.ClubAssignmentResourceTest.assignment;
import static run.limber.api.assignments.ClubAssignmentResourceTest.assignments;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.register;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RRule;
import org.junit.jupiter.api.Test;

/** The member's calendar feed shows each assignment's days beside their own training days. */
@QuarkusTest
class AssignedCalendarTest {

    @Inject
    ClubFixture clubs;

    @Test
    void theFeedHasAnEventForEachAssignmentOfTheMember() throws Exception {
        var owner = register();
        var member = register();
        long club = clubs.club(owner.id(), "UTC");
        clubs.join(club, member.id(), "MEMBER");
        long id = as(owner.accessToken()).body(assignment(Map.of("memberId", member.id())))
                .when().post(assignments(club)).then().statusCode(201).extract().jsonPath().getLong("id");
        String token = member.accessToken();
        String url = as(token).body(Map.of("days", List.of("SUNDAY"), "context", "REST_DAY"))
                .when().post("/api/v1/me/calendar").then().statusCode(201).extract().jsonPath().getString("url");

        String ics = given().when().get(URI.create(url).getPath()).then().statusCode(200).extract().asString();

        var events = new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents("VEVENT");
        assertEquals(2, events.size());
        VEvent assigned = events.stream()
                .filter(event -> event.getUid().orElseThrow().getValue().equals("assignment-" + id + "@limber.run"))
                .findFirst().orElseThrow();
        assertEquals(List.of(WeekDay.MO, WeekDay.WE, WeekDay.FR),
                assigned.<RRule<?>>getProperty(Property.RRULE).orElseThrow().getRecur().getDayList());
        assertEquals("https://limber.test/routines/ten-minute-mobility/play?assignment=" + id + "&context=BEFORE_RUN",
                assigned.getUrl().getValue());

        // Someone else's feed has only their own training.
        String other = register().accessToken();
        String otherUrl = as(other).body(Map.of("days", List.of("SUNDAY"), "context", "REST_DAY"))
                .when().post("/api/v1/me/calendar").then().statusCode(201).extract().jsonPath().getString("url");
        String otherIcs = given().when().get(URI.create(otherUrl).getPath()).then().extract().asString();
        assertEquals(1, new CalendarBuilder().build(new StringReader(otherIcs)).getComponents("VEVENT").size());
    }
}
