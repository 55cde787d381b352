package run.limber.domain.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import run.limber.domain.content.Timing;
import run.limber.domain.routines.PublishedRoutine;
import run.limber.domain.shared.RoundedMinutes;

/**
 * Writes a runner's plan as an iCalendar document: one weekly recurring event on the chosen days, and one for each
 * assignment of their clubs on its days, in the runner's time zone with its VTIMEZONE, so Google, Apple and Outlook
 * calendars all place them at the same local time.
 */
final class TrainingCalendar {

    private static final String PRODUCT = "-//Limber//Training calendar 1.0//EN";
    private static final Duration FALLBACK_LENGTH = Duration.ofMinutes(15);
    private static final int MINUTES_ROUNDED_TO = 5;

    private TrainingCalendar() {
    }

    /** A usual time of day for each moment: early before a morning run, early evening after work, midday on rest days. */
    static LocalTime startTime(Timing context) {
        return switch (context) {
            case BEFORE_RUN -> LocalTime.of(7, 0);
            case AFTER_RUN -> LocalTime.of(18, 30);
            case REST_DAY -> LocalTime.of(12, 30);
        };
    }

    /** The first training day on or after the day the feed was made, so the feed reads the same on every fetch. */
    static ZonedDateTime firstStart(CalendarPlan plan, ZoneId zone) {
        LocalDate madeOn = LocalDate.ofInstant(plan.createdAt(), zone);
        LocalDate first = plan.days().stream()
                .map(day -> madeOn.with(TemporalAdjusters.nextOrSame(day)))
                .min(Comparator.naturalOrder())
                .orElseThrow();
        return ZonedDateTime.of(first, startTime(plan.context()), zone);
    }

    /**
     * @param routine the routine to do, if one is published for this moment
     * @param baseUrl Limber's public address ending in a slash, for the link to the player
     */
    static String write(CalendarPlan plan, ZoneId zone, Optional<PublishedRoutine> routine,
                        List<AssignedTraining> assigned, String baseUrl) {
        String link = routine.map(r -> baseUrl + "routines/" + r.slug() + "/play?context=" + plan.context().name())
                .orElse(baseUrl + "routines");
        String name = routine.map(PublishedRoutine::name).orElse("Mobility routine");
        ZonedDateTime start = firstStart(plan, zone);

        var recurrence = new Recur.Builder<ZonedDateTime>()
                .frequency(Frequency.WEEKLY)
                .dayList(plan.days().stream().map(WeekDay::getWeekDay).toList())
                .weekStartDay(WeekDay.MO)
                .build();
        String summary = "Limber: " + name + " (" + plan.context().label().toLowerCase() + ")";
        var event = new VEvent(start, length(routine), summary);
        event.add(new Uid(plan.id() + "@limber.run"));
        // The constructor stamps the time of writing; the feed's own time keeps every poll identical.
        event.replace(new DtStamp(plan.createdAt()));
        event.add(new RRule<>(recurrence));
        event.add(new Description(description(name, plan.context(), routine, link)));
        event.add(new Url(URI.create(link)));

        var timeZone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone.getId());
        var calendar = new Calendar()
                .withProdId(PRODUCT)
                .withDefaults()
                .withProperty(new Method(Method.VALUE_PUBLISH))
                .withProperty(new XProperty("X-WR-CALNAME", "Limber mobility"))
                .withProperty(new XProperty("X-WR-TIMEZONE", zone.getId()))
                .withComponent(timeZone.getVTimeZone())
                .withComponent(event)
                .getFluentTarget();
        assigned.forEach(training -> calendar.add(assignedEvent(training, zone, plan.createdAt(), baseUrl)));
        var text = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** An assignment's days from its start to its end, at the usual time of its moment; the player opens it pinned. */
    private static VEvent assignedEvent(AssignedTraining training, ZoneId zone, Instant stamp, String baseUrl) {
        String link = baseUrl + "routines/" + training.routine() + "/play?assignment=" + training.id() + "&context="
                + training.context().name();
        LocalDate first = training.days().stream()
                .map(day -> training.startsOn().with(TemporalAdjusters.nextOrSame(day)))
                .min(Comparator.naturalOrder())
                .orElseThrow();
        var recurrence = new Recur.Builder<Temporal>()
                .frequency(Frequency.WEEKLY)
                .dayList(training.days().stream().sorted().map(WeekDay::getWeekDay).toList())
                .weekStartDay(WeekDay.MO);
        if (training.endsOn() != null) {
            // With a zoned start, the end of the recurrence must be given in UTC (RFC 5545, 3.3.10).
            recurrence.until(ZonedDateTime.of(training.endsOn(), LocalTime.MAX.withNano(0), zone).toInstant());
        }
        String summary = "Limber: " + training.routineName() + " (" + training.clubName() + ")";
        var event = new VEvent(ZonedDateTime.of(first, startTime(training.context()), zone), FALLBACK_LENGTH, summary);
        event.add(new Uid("assignment-" + training.id() + "@limber.run"));
        event.replace(new DtStamp(stamp));
        event.add(new RRule<>(recurrence.build()));
        event.add(new Description(training.routineName() + ", assigned by " + training.clubName() + ": "
                + training.context().label().toLowerCase() + ".\nOpen it in Limber: " + link));
        event.add(new Url(URI.create(link)));
        return event;
    }

    /** The routine's estimate rounded up to whole five minutes, so the block in the calendar is honest. */
    private static Duration length(Optional<PublishedRoutine> routine) {
        return routine.map(r -> {
            long minutes = (r.estimatedSeconds() + 59) / 60;
            return Duration.ofMinutes((minutes + MINUTES_ROUNDED_TO - 1) / MINUTES_ROUNDED_TO * MINUTES_ROUNDED_TO);
        }).orElse(FALLBACK_LENGTH);
    }

    private static String description(String name, Timing context, Optional<PublishedRoutine> routine, String link) {
        String minutes = routine.map(r -> "about " + RoundedMinutes.of(r.estimatedSeconds()).value() + " minutes, ")
                .orElse("");
        return name + ": " + minutes + context.label().toLowerCase() + ".\nOpen it in Limber: " + link
                + "\n\nMove within a comfortable range and stop a drill if it hurts.";
    }
}
