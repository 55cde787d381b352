package run.limber.domain.routines;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import run.limber.domain.content.ContentCodec;
import run.limber.domain.content.ContentItem;
import run.limber.domain.content.ContentKind;
import run.limber.domain.content.ContentRepository;
import run.limber.domain.content.ContentRevision;
import run.limber.domain.drills.DrillContent;
import run.limber.domain.drills.PublishedDrill;
import run.limber.domain.shared.NoSuchEntryException;

/** Pins routines to what is published now, and plays a pin back exactly as it was, whatever was published since. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RoutinePins {

    private final ContentRepository content;
    private final ContentCodec codec;
    private final EntityManager entities;

    RoutinePins(ContentRepository content, ContentCodec codec, EntityManager entities) {
        this.content = content;
        this.codec = codec;
        this.entities = entities;
    }

    /** The routine and its drills as published now; {@link NoSuchEntryException} when the routine is not published. */
    public RoutinePin pinNow(String slug) {
        var revision = content.find(ContentKind.ROUTINE, slug).flatMap(ContentItem::published)
                .orElseThrow(() -> new NoSuchEntryException("routine", slug));
        var routine = codec.read(revision.body(), RoutineContent.class);
        // The published library is small (tens of drills): one query for all of them, as the catalog reads it.
        Map<String, Long> published = content.published(ContentKind.DRILL).stream()
                .collect(Collectors.toMap(drill -> drill.item().slug(), ContentRevision::id));
        return RoutinePin.of(revision.id(), routine, published);
    }

    /** The routine exactly as pinned, read in one query; a pinned drill unpublished since still plays. */
    public PublishedRoutine routineOf(RoutinePin pin) {
        var ids = new ArrayList<>(pin.drillRevisions().values());
        ids.add(pin.routineRevisionId());
        Map<Long, ContentRevision> revisions = entities
                .createQuery("select r from ContentRevision r where r.id in :ids", ContentRevision.class)
                .setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(ContentRevision::id, Function.identity()));
        var routine = revisions.get(pin.routineRevisionId());
        Map<String, PublishedDrill> drills = new HashMap<>();
        pin.drillRevisions().forEach((slug, id) -> {
            var drill = revisions.get(id);
            drills.put(slug, new PublishedDrill(codec.read(drill.body(), DrillContent.class), drill.number(),
                    drill.publishedAt()));
        });
        return RoutineAssembly.assemble(codec.read(routine.body(), RoutineContent.class), routine.number(),
                routine.publishedAt(), drills);
    }
}
