package run.limber.domain.routines;

import java.time.Instant;
import java.util.List;

/** A routine as runners see it, with its drills resolved to their published versions. */
public record PublishedRoutine(RoutineContent content, List<RoutineEntry> drills, int revision, Instant publishedAt) {

    /** Time to move from one drill to the next: change position, find the wall or the floor. */
    public static final int SECONDS_BETWEEN_DRILLS = 10;

    public PublishedRoutine {
        drills = List.copyOf(drills);
    }

    public String slug() {
        return content.slug();
    }

    public String name() {
        return content.name();
    }

    /** Duration: every drill's estimate plus the moves between drills. */
    public int estimatedSeconds() {
        int work = drills.stream().mapToInt(entry -> entry.prescription().estimatedSeconds()).sum();
        return work + Math.max(0, drills.size() - 1) * SECONDS_BETWEEN_DRILLS;
    }
}
