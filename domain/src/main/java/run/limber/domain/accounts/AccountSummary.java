package run.limber.domain.accounts;

import java.time.Instant;
import java.util.Set;

/**
 * An account as its owner and admins see it; never carries the password hash.
 *
 * @param weeklyGoal how many sessions per ISO week the runner aims for
 */
public record AccountSummary(long id, String email, String displayName, String timeZone, Set<Role> roles,
                          Instant createdAt, Instant lastLoginAt, boolean disabled, int weeklyGoal) {
}
