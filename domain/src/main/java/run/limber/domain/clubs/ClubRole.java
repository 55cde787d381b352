package run.limber.domain.clubs;

/** A person's role inside one club; separate from the platform roles. Each role may do all the ones below it. */
public enum ClubRole {
    MEMBER, COACH, OWNER;

    public boolean atLeast(ClubRole other) {
        return compareTo(other) >= 0;
    }
}
