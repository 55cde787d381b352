package run.limber.domain.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import run.limber.domain.accounts.PersonalData;

/** The runner's training calendar (days and timing, never the feed's secret), for their data export. */
@ApplicationScoped
class CalendarExport implements PersonalData {

    private final CalendarFeeds feeds;

    CalendarExport(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @Override
    public String section() {
        return "trainingCalendar";
    }

    @Override
    public CalendarPlan ofCaller() {
        return feeds.current().orElse(null);
    }
}
