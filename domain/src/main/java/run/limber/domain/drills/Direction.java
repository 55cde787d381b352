package run.limber.domain.drills;

/** Which way a circling movement travels. */
public enum Direction {
    FORWARD("front, out to the side, then behind"),
    REVERSE("behind, out to the side, then to the front");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
