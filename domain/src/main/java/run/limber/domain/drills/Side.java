package run.limber.domain.drills;

/** Left or right: a leg, or the side of the body a runner lies on. */
public enum Side {
    LEFT, RIGHT;

    public String label(SideUnit unit) {
        return name().toLowerCase() + " " + unit.noun();
    }
}
