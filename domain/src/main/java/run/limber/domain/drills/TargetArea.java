package run.limber.domain.drills;

/** The parts of the body a drill works on. */
public enum TargetArea {
    ANKLE("Ankle"),
    CALF("Calf"),
    HIP("Hip"),
    THORACIC_SPINE("Thoracic spine");

    private final String label;

    TargetArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
