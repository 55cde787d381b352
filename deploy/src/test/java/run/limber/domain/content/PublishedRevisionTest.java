package run.limber.domain.content;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublishedRevisionTest {

    @Inject
    ContentRepository repository;

    @Test
    @TestTransaction
    void theDatabaseRefusesToChangeAPublishedRevision() {
        long id = repository.find(ContentKind.DRILL, "hip-switches").orElseThrow().published().orElseThrow().id();
        var refused = assertThrows(PersistenceException.class, () -> repository.getEntityManager()
                .createNativeQuery("update content_revision set body = '{}'::jsonb where id = ?1")
                .setParameter(1, id)
                .executeUpdate());
        assertTrue(String.valueOf(refused.getCause().getMessage()).contains("immutable"), refused.toString());
    }
}
