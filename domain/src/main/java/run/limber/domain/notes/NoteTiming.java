package run.limber.domain.notes;

/** When a note's advice applies; unlike drills, a note can apply at any time. */
public enum NoteTiming {
    BEFORE_RUN("Before a run"),
    AFTER_RUN("After a run"),
    REST_DAY("Rest day"),
    ANY("Any time");

    private final String label;

    NoteTiming(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
