package run.limber.domain.plan;

import jakarta.enterprise.context.ApplicationScoped;
import run.limber.domain.routines.PublishedRoutine;
import run.limber.domain.routines.RoutineCatalog;

/** Plans of the published routines, for anyone who may read the routines themselves. */
@ApplicationScoped
public class RoutinePlans {

    private final RoutineCatalog routines;

    RoutinePlans(RoutineCatalog routines) {
        this.routines = routines;
    }

    /** The plan of a published routine; unknown slugs are a {@code NoSuchEntryException}. */
    public RoutinePlan plan(String slug) {
        return RoutinePlan.of(routines.get(slug));
    }

    /** The plan of a routine already read, such as one pinned to older revisions. */
    public RoutinePlan plan(PublishedRoutine routine) {
        return RoutinePlan.of(routine);
    }
}
