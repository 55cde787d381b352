package run.limber.domain.sessions;

/**
 * What logging a session did.
 *
 * @param created false when an earlier request with the same idempotency key had logged it already
 */
public record SessionLogged(LoggedSession session, boolean created) {
}
