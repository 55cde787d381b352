package run.limber.domain.calendar;

/**
 * A newly made calendar feed address. The secret is shown this once: Limber keeps only its hash.
 *
 * @param token the secret part of the address
 */
public record CalendarSubscription(String token, CalendarPlan plan) {

    /** Where the API serves the feed, relative to Limber's public address. */
    public String path() {
        return "api/v1/calendar/" + token + ".ics";
    }
}
