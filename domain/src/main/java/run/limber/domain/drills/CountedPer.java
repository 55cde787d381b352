package run.limber.domain.drills;

/** What one rep count of a prescription applies to. */
public enum CountedPer {
    EACH_ANGLE, EACH_DIRECTION, EACH_SIDE, TOTAL
}
