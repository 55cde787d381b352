package run.limber.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.RRule;
import org.junit.jupiter.api.Test;
import run.limber.domain.content.Timing;

class TrainingCalendarTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    // A Wednesday, 23:30 in New York: already Thursday in UTC.
    private static final Instant MADE = ZonedDateTime.of(2026, 11, 25, 23, 30, 0, 0, NEW_YORK).toInstant();

    @Test
    void aWeeklyEventOnTheChosenDaysAtTheMomentsUsualTimeInTheRunnersZone() throws Exception {
        var plan = new CalendarPlan(UUID.randomUUID(), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Timing.BEFORE_RUN,
                MADE);

        Calendar calendar = new CalendarBuilder().build(new StringReader(
                TrainingCalendar.write(plan, NEW_YORK, Optional.empty(), List.of(), "https://limber.example/")));

        VEvent event = calendar.<VEvent>getComponents("VEVENT").getFirst();
        RRule<?> rule = event.<RRule<?>>getProperty(Property.RRULE).orElseThrow();
        assertEquals("WEEKLY", rule.getRecur().getFrequency().name());
        assertEquals(List.of(WeekDay.MO, WeekDay.FR), rule.getRecur().getDayList());
        Temporal start = event.getStartDate().orElseThrow().getDate();
        // Friday is the first chosen day after a Wednesday in New York, whatever day it is in UTC.
        assertEquals(LocalDateTime.of(2026, 11, 27, 7, 0), LocalDateTime.from(start));
        assertEquals("America/New_York", event.getStartDate().orElseThrow().getParameter("TZID").orElseThrow().getValue());
        VTimeZone zone = calendar.<VTimeZone>getComponents("VTIMEZONE").getFirst();
        assertEquals("America/New_York", zone.getTimeZoneId().getValue());
        assertEquals(plan.id() + "@limber.run", event.getUid().orElseThrow().getValue());
    }

    @Test
    void theEventIsStampedOnceWithTheTimeTheFeedWasMade() throws Exception {
        var plan = new CalendarPlan(UUID.randomUUID(), EnumSet.of(DayOfWeek.TUESDAY), Timing.REST_DAY, MADE);

        VEvent event = new CalendarBuilder().build(new StringReader(
                TrainingCalendar.write(plan, NEW_YORK, Optional.empty(), List.of(), "https://limber.example/")))
                .<VEvent>getComponents("VEVENT").getFirst();

        assertEquals(1, event.getProperties(Property.DTSTAMP).size());
        assertEquals(MADE, event.getDateStamp().orElseThrow().getDate());
    }

    @Test
    void theFeedReadsTheSameOnEveryFetch() {
        var plan = new CalendarPlan(UUID.randomUUID(), EnumSet.of(DayOfWeek.SUNDAY), Timing.AFTER_RUN, MADE);

        assertEquals(TrainingCalendar.write(plan, NEW_YORK, Optional.empty(), List.of(), "https://limber.example/"),
                TrainingCalendar.write(plan, NEW_YORK, Optional.empty(), List.of(), "https://limber.example/"));
    }

    @Test
    void anAssignmentIsAnEventOfItsOwnOnItsDaysFromItsStartToItsEnd() throws Exception {
        var plan = new CalendarPlan(UUID.randomUUID(), EnumSet.of(DayOfWeek.TUESDAY), Timing.REST_DAY, MADE);
        var assigned = new AssignedTraining(42, "Riverside Runners", "post-run-cooldown", "Post-run cooldown",
                Set.of(DayOfWeek.WEDNESDAY, DayOfWeek.MONDAY), Timing.AFTER_RUN, LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31));

        String feed = TrainingCalendar.write(plan, NEW_YORK, Optional.empty(), List.of(assigned),
                "https://limber.example/");
        var events = new CalendarBuilder().build(new StringReader(feed)).<VEvent>getComponents("VEVENT");

        assertEquals(2, events.size());
        VEvent event = events.get(1);
        assertEquals("assignment-42@limber.run", event.getUid().orElseThrow().getValue());
        var recur = event.<RRule<?>>getProperty(Property.RRULE).orElseThrow().getRecur();
        assertEquals(List.of(WeekDay.MO, WeekDay.WE), recur.getDayList());
        // The first assigned day on or after 1 December 2026 (a Tuesday) is the Wednesday, after a run.
        assertEquals(LocalDateTime.of(2026, 12, 2, 18, 30),
                LocalDateTime.from(event.getStartDate().orElseThrow().getDate()));
        // Its last day ends at midnight in New York, written in UTC as a zoned start requires.
        assertTrue(feed.contains("UNTIL=20270101T045959Z"), feed);
        assertEquals("https://limber.example/routines/post-run-cooldown/play?assignment=42&context=AFTER_RUN",
                event.getUrl().getValue());
    }
}
