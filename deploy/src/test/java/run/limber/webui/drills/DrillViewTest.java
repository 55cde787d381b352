package run.limber.webui.drills;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import run.limber.testing.QuarkusViewTest;
import run.limber.webui.base.NotFoundView;

@QuarkusTest
class DrillViewTest extends QuarkusViewTest {

    @Test
    void showsTheStepsInOrderAndTheDose() {
        DrillView view = navigate(DrillView.class, "straight-leg-ankle-matrix");

        assertThat($(H1.class, view).single().getText(), is("Straight-Leg Ankle Matrix"));
        assertThat($(Paragraph.class, view).withClassName("dose__label").single().getText(),
                is("5–10 reps at each of 3 foot angles, each leg"));
        List<String> steps = items($(OrderedList.class, view).withClassName("steps").single());
        assertThat(steps.size(), is(7));
        assertThat(steps.getFirst(), startsWith("Place one leg behind you"));
        assertThat(steps.getLast(), startsWith("Change legs"));
    }

    @Test
    void listsEverySetInTheOrderItIsDone() {
        DrillView view = navigate(DrillView.class, "straight-leg-ankle-matrix");

        assertThat(items($(OrderedList.class, view).withClassName("set-list").single()), contains(
                "Left leg · foot pointing straight ahead · 5–10 reps",
                "Left leg · foot turned 45° to the left · 5–10 reps",
                "Left leg · foot turned 45° to the right · 5–10 reps",
                "Right leg · foot pointing straight ahead · 5–10 reps",
                "Right leg · foot turned 45° to the left · 5–10 reps",
                "Right leg · foot turned 45° to the right · 5–10 reps"));
    }

    @Test
    void labelsEachTipByItsKind() {
        DrillView view = navigate(DrillView.class, "side-lying-open-books");

        TipNote tip = $(TipNote.class, view).single();
        assertThat(tip.hasClassName("tip--important"), is(true));
        assertThat($(Paragraph.class, tip).first().getText(), is("Important"));
    }

    @Test
    void theTitleIsTheDrillName() {
        navigate(DrillView.class, "hip-switches");

        assertThat(UI.getCurrent().getInternals().getTitle(), startsWith("Hip Switches"));
    }

    @Test
    void anUnknownDrillShowsTheNotFoundPage() {
        navigate("drills/no-such-drill", NotFoundView.class);

        assertThat($(H1.class).single().getText(), is("We couldn't find that page"));
        assertThat($(DrillView.class).exists(), is(false));
    }

    private static List<String> items(OrderedList list) {
        return list.getChildren().map(item -> ((ListItem) item).getElement().getTextRecursively()).toList();
    }
}
