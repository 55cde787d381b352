package run.limber.domain.accounts;

/** Platform-wide rights. Club rights (club admin, coach) are memberships inside a club, not roles. */
public enum Role {
    /** Everyone with an account: their own sessions, progress and settings. */
    RUNNER,
    /** Writes and reviews drills, routines and notes. */
    EDITOR,
    /** Runs the platform: users, roles, the audit log. */
    ADMIN
}
