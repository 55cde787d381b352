package run.limber.domain.routines;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import run.limber.domain.content.ContentCodec;
import run.limber.domain.content.ContentKind;
import run.limber.domain.content.ContentRepository;
import run.limber.domain.content.ContentRevision;
import run.limber.domain.content.PublishedCache;
import run.limber.domain.content.Timing;
import run.limber.domain.drills.DrillCatalog;
import run.limber.domain.drills.PublishedDrill;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;

/** Published routines, each with its drills in order. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RoutineCatalog {

    private final ContentRepository content;
    private final ContentCodec codec;
    private final DrillCatalog drills;

    RoutineCatalog(ContentRepository content, ContentCodec codec, DrillCatalog drills) {
        this.content = content;
        this.codec = codec;
        this.drills = drills;
    }

    public Page<PublishedRoutine> list(PageRequest page) {
        return Page.slice(all(), page);
    }

    public PublishedRoutine get(String slug) {
        return all().stream().filter(routine -> routine.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new NoSuchEntryException("routine", slug));
    }

    /**
     * The routine to suggest for a moment in the runner's week: the first published one that fits it
     * (with the seed content, the full routine before a run and on a rest day, the cooldown after a run).
     */
    public Optional<PublishedRoutine> suggestedFor(Timing moment) {
        return all().stream().filter(routine -> routine.content().timings().contains(moment)).findFirst();
    }

    @CacheResult(cacheName = PublishedCache.ROUTINES)
    public List<PublishedRoutine> all() {
        Map<String, PublishedDrill> published = drills.all().stream()
                .collect(Collectors.toMap(PublishedDrill::slug, Function.identity()));
        return content.published(ContentKind.ROUTINE).stream().map(revision -> toRoutine(revision, published)).toList();
    }

    private PublishedRoutine toRoutine(ContentRevision revision, Map<String, PublishedDrill> published) {
        return RoutineAssembly.assemble(codec.read(revision.body(), RoutineContent.class), revision.number(),
                revision.publishedAt(), published);
    }
}
