package run.limber.domain.notes;

/** The two shelves of notes. */
public enum NoteCategory {
    RECOVERY("Recovery"),
    NUTRITION("Nutrition");

    private final String label;

    NoteCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
