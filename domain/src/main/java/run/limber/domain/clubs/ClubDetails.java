package run.limber.domain.clubs;

import java.time.Instant;

/**
 * A club as one of its people sees it, with their role. The join code and link are shown to coaches and the owner
 * only (null for members, and while joining by code is off); {@code version} is the ETag for edits.
 */
public record ClubDetails(long id, String name, String timeZone, String description, Instant createdAt,
                          ClubRole role, long memberCount, String joinCode, String joinLink, long version) {
}
