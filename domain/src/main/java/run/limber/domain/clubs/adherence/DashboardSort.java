package run.limber.domain.clubs.adherence;

/** Orders of the dashboard; name breaks ties in each. */
public enum DashboardSort {
    /** By display name. */
    NAME,
    /** Most sessions still missing this week first. */
    BEHIND,
    /** Longest streak first. */
    STREAK
}
