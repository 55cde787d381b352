package run.limber.domain.bundle;

import java.util.List;
import run.limber.domain.drills.DrillContent;
import run.limber.domain.notes.NoteContent;
import run.limber.domain.routines.RoutineContent;

/** All of Limber's content in one versioned document, as shipped in the seed and exchanged by editors. */
public record ContentBundle(String format, int formatVersion, List<DrillContent> drills,
                            List<RoutineContent> routines, List<NoteContent> notes) {

    public static final String FORMAT = "limber-content";
    public static final int FORMAT_VERSION = 1;

    public ContentBundle {
        if (!FORMAT.equals(format) || formatVersion != FORMAT_VERSION) {
            throw new IllegalArgumentException("not a " + FORMAT + " bundle of version " + FORMAT_VERSION
                    + " (got " + format + " " + formatVersion + ")");
        }
        drills = drills == null ? List.of() : List.copyOf(drills);
        routines = routines == null ? List.of() : List.copyOf(routines);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
