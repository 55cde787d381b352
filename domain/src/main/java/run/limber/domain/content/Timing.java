package run.limber.domain.content;

/** When in a runner's week a drill or routine fits. */
public enum Timing {
    BEFORE_RUN("Before a run"),
    REST_DAY("Rest day"),
    AFTER_RUN("After a run");

    private final String label;

    Timing(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
