package run.limber.api.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.client;
import static run.limber.testing.TestAccounts.register;

import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Url;
import org.junit.jupiter.api.Test;

/** The secret calendar feed: made by its runner, read by anyone holding the address, revoked by a new one. */
@QuarkusTest
class CalendarResourceTest {

    /** {@code %test.limber.web.public-url} */
    private static final String PUBLIC_URL = "https://limber.test/";

    @Test
    void theFeedIsAWeeklyEventOnTheChosenDaysInTheRunnersTimeZone() throws Exception {
        String token = runnerIn("America/New_York");

        String url = subscribe(token, List.of("MONDAY", "wednesday", "Friday"), "BEFORE_RUN");
        String ics = given().when().get(url)
                .then().statusCode(200)
                .contentType(startsWith("text/calendar"))
                .extract().asString();

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.<VEvent>getComponents("VEVENT").getFirst();
        RRule<?> rule = event.<RRule<?>>getProperty(Property.RRULE).orElseThrow();
        assertEquals("WEEKLY", rule.getRecur().getFrequency().name());
        assertEquals(List.of(WeekDay.MO, WeekDay.WE, WeekDay.FR), rule.getRecur().getDayList());
        var start = event.getStartDate().orElseThrow();
        assertEquals("America/New_York", start.getParameter("TZID").orElseThrow().getValue());
        Temporal startTime = start.getDate();
        assertEquals(LocalTime.of(7, 0), LocalTime.of(startTime.get(ChronoField.HOUR_OF_DAY),
                startTime.get(ChronoField.MINUTE_OF_HOUR)));
        assertTrue(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)
                .contains(DayOfWeek.of(startTime.get(ChronoField.DAY_OF_WEEK))), startTime.toString());
        assertEquals("America/New_York",
                calendar.<VTimeZone>getComponents("VTIMEZONE").getFirst().getTimeZoneId().getValue());
        assertTrue(event.getUid().isPresent() && event.getDateStamp().isPresent(), "UID and DTSTAMP");
        assertTrue(event.getSummary().getValue().contains("10-Minute Ankle and Hip Mobility"));
        assertTrue(event.getDescription().getValue()
                .contains("/routines/ten-minute-mobility/play?context=BEFORE_RUN"));
    }

    @Test
    void afterARunTheFeedSuggestsTheCooldownInTheEvening() throws Exception {
        String url = subscribe(runnerIn("Europe/Berlin"), List.of("SATURDAY"), "after_run");

        VEvent event = new CalendarBuilder().build(new StringReader(given().when().get(url).asString()))
                .<VEvent>getComponents("VEVENT").getFirst();
        assertTrue(event.getSummary().getValue().contains("Post-Run Cooldown"));
        assertEquals(18, event.getStartDate().orElseThrow().getDate().get(ChronoField.HOUR_OF_DAY));
    }

    @Test
    void aNewAddressRevokesTheOldOneAndDeletingRevokesIt() {
        String token = runnerIn("UTC");
        String first = subscribe(token, List.of("TUESDAY"), "REST_DAY");
        String second = subscribe(token, List.of("THURSDAY"), "REST_DAY");

        given().when().get(first).then().statusCode(404).contentType("application/problem+json");
        given().when().get(second).then().statusCode(200);
        as(token).when().get("/api/v1/me/calendar")
                .then().statusCode(200)
                .body("days", containsInAnyOrder("THURSDAY"))
                .body("context", is("REST_DAY"))
                .body("url", nullValue());

        as(token).when().delete("/api/v1/me/calendar").then().statusCode(204);
        given().when().get(second).then().statusCode(404);
        as(token).when().get("/api/v1/me/calendar").then().statusCode(404);
    }

    @Test
    void twoNewAddressesAtOnceLeaveExactlyOneWorking() throws Exception {
        String token = runnerIn("UTC");
        try (var threads = Executors.newFixedThreadPool(2)) {
            var first = threads.submit(() -> subscribe(token, List.of("MONDAY"), "REST_DAY"));
            var second = threads.submit(() -> subscribe(token, List.of("FRIDAY"), "REST_DAY"));
            int working = 0;
            for (String url : List.of(first.get(), second.get())) {
                working += given().when().get(url).statusCode() == 200 ? 1 : 0;
            }
            assertEquals(1, working);
        }
    }

    @Test
    void anUnknownAddressIsA404() {
        given().when().get("/api/v1/calendar/not-a-real-secret.ics").then().statusCode(404);
    }

    @Test
    void daysAndContextAreCheckedFieldByField() {
        String token = runnerIn("UTC");

        as(token).body(Map.of("days", List.of("MONDAY", "FUNDAY"), "context", "BEFORE_BREAKFAST"))
                .when().post("/api/v1/me/calendar")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("days[1]", "context"));
        as(token).body(Map.of("days", List.of())).when().post("/api/v1/me/calendar")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("days", "context"));
    }

    @Test
    void makingAFeedNeedsAnAccount() {
        client().body(Map.of("days", List.of("MONDAY"), "context", "REST_DAY"))
                .when().post("/api/v1/me/calendar").then().statusCode(401);
    }

    @Test
    void linksNameTheConfiguredAddressWhateverHostTheRequestClaims() throws Exception {
        String token = runnerIn("UTC");

        var made = as(token).header("Host", "evil.example").header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "http")
                .body(Map.of("days", List.of("TUESDAY"), "context", "AFTER_RUN"))
                .when().post("/api/v1/me/calendar")
                .then().statusCode(201)
                .extract();
        String url = made.jsonPath().getString("url");
        assertTrue(url.startsWith(PUBLIC_URL + "api/v1/calendar/"), url);
        assertTrue(made.header("Location").startsWith(PUBLIC_URL), made.header("Location"));

        String ics = given().header("Host", "evil.example").header("X-Forwarded-Host", "evil.example")
                .when().get(URI.create(url).getPath())
                .then().statusCode(200).extract().asString();
        assertFalse(ics.contains("evil.example"), ics);
        VEvent event = new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents("VEVENT").getFirst();
        String link = event.<Url>getProperty(Property.URL).orElseThrow().getValue();
        assertTrue(link.startsWith(PUBLIC_URL), link);
    }

    private static String runnerIn(String zone) {
        String token = register().accessToken();
        as(token).body(Map.of("timeZone", zone)).when().patch("/api/v1/me").then().statusCode(200);
        return token;
    }

    /** Subscribes and returns the feed's path: its address names the configured public site, not this test server. */
    private static String subscribe(String token, List<String> days, String context) {
        String url = as(token).body(Map.of("days", days, "context", context))
                .when().post("/api/v1/me/calendar")
                .then().statusCode(201)
                .body("url", startsWith(PUBLIC_URL))
                .extract().jsonPath().getString("url");
        return URI.create(url).getPath();
    }
}
