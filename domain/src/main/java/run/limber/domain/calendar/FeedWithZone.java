package run.limber.domain.calendar;

/** A feed and the time zone its events are in: the owner's, as it is now. */
record FeedWithZone(CalendarFeed feed, String timeZone) {
}
