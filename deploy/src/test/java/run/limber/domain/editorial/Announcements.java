package run.limber.domain.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import run.limber.domain.content.PublishedContentChanged;

/** Listens as a later feature would: after the change committed. */
@ApplicationScoped
class Announcements {

    private final List<PublishedContentChanged> heard = new CopyOnWriteArrayList<>();

    void hear(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublishedContentChanged change) {
        heard.add(change);
    }

    /** What was announced about this slug so far, oldest first. */
    List<PublishedContentChanged> about(String slug) {
        return heard.stream().filter(change -> change.slug().equals(slug)).toList();
    }
}
