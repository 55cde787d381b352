package run.limber.domain.drills;

/** Which way the foot points during a set. */
public enum FootAngle {
    STRAIGHT("foot pointing straight ahead"),
    LEFT_45("foot turned 45° to the left"),
    RIGHT_45("foot turned 45° to the right");

    private final String label;

    FootAngle(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
