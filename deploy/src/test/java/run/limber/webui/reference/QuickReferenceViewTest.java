package run.limber.webui.reference;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTableRow;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import run.limber.testing.QuarkusViewTest;

@QuarkusTest
class QuickReferenceViewTest extends QuarkusViewTest {

    @Test
    void anyoneSeesEveryDrillWithItsTargetAreaAndReps() {
        navigate(QuickReferenceView.class);

        List<String> rows = $(NativeTableRow.class).all().stream()
                .map(row -> row.getElement().getTextRecursively()).toList();
        assertThat(rows, hasItem("Straight-Leg Ankle MatrixAnkle dorsiflexion5–10 reps at each of 3 foot angles, each leg"));
        assertThat(rows.getFirst(), is("DrillTarget areaReps"));
    }

    @Test
    void linksThePdf() {
        navigate(QuickReferenceView.class);

        assertThat($(Anchor.class).withText("Download the PDF").single().getHref(), is("api/v1/reference.pdf"));
    }
}
