package run.limber.domain.clubs;

import java.time.Instant;

/** A club as platform admins see it: nothing about its members but how many there are. */
public record ClubListing(long id, String name, String timeZone, long memberCount, Instant createdAt) {
}
