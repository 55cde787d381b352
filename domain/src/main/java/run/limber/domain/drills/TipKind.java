package run.limber.domain.drills;

/** The kinds of coaching note a drill can carry, from a helpful hint to a safety point. */
public enum TipKind {
    PRO_TIP("Pro tip"),
    KEY_POINT("Key point"),
    WATCH_FOR("What to watch for"),
    IMPORTANT("Important");

    private final String label;

    TipKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
