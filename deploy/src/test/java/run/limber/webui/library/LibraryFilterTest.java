package run.limber.webui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.limber.domain.content.Timing;
import run.limber.domain.drills.TargetArea;

class LibraryFilterTest {

    @Test
    void readsValuesInAnyCase() {
        var filter = LibraryFilter.from(QueryParameters.fromString("target=Thoracic_Spine&timing=BEFORE_RUN"));

        assertEquals(new LibraryFilter(Optional.of(TargetArea.THORACIC_SPINE), Optional.of(Timing.BEFORE_RUN)), filter);
    }

    @Test
    void ignoresValuesThatNameNothing() {
        var filter = LibraryFilter.from(QueryParameters.fromString("target=knee&timing=before_run"));

        assertEquals(new LibraryFilter(Optional.empty(), Optional.of(Timing.BEFORE_RUN)), filter);
    }

    @Test
    void writesLowerCaseParametersAndLeavesOutWhatIsAny() {
        var filter = new LibraryFilter(Optional.of(TargetArea.ANKLE), Optional.of(Timing.BEFORE_RUN));

        assertEquals(QueryParameters.fromString("target=ankle&timing=before_run"), filter.toQueryParameters());
        assertEquals("timing=before_run", filter.withTarget(Optional.empty()).toQueryParameters().getQueryString());
        assertTrue(filter.withTarget(Optional.empty()).withTiming(Optional.empty()).isAny());
    }
}
