package run.limber.webui.drills;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import run.limber.api.media.Images;
import run.limber.testing.DemoCallers;
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
    void showsTheDrillsAndItsStepsIllustrationsWithTheirAltText() {
        String slug = "illustrated-" + UUID.randomUUID().toString().substring(0, 8);
        String drillImage = upload();
        String stepImage = upload();
        var drill = new HashMap<String, Object>(Map.of("slug", slug, "name", "Illustrated",
                "targetAreas", List.of("ANKLE"), "timings", List.of("BEFORE_RUN"),
                "steps", List.of("Stand tall", "Lift the heel"),
                "prescription", Map.of("reps", Map.of("min", 5, "max", 5), "secondsPerRep", 3),
                "illustrations", List.of(Map.of("media", drillImage, "alt", "The whole drill"),
                        Map.of("media", stepImage, "alt", "The heel lifted", "step", 2))));
        DemoCallers.publish("drills", slug, drill);

        DrillView view = navigate(DrillView.class, slug);

        Image whole = $(Image.class, view).withClassName("illustration").first();
        assertThat(whole.getSrc(), is("/api/v1/media/" + drillImage));
        assertThat(whole.getAlt().orElseThrow(), is("The whole drill"));
        var steps = $(ListItem.class, $(OrderedList.class, view).withClassName("steps").single()).all();
        assertThat($(Image.class, steps.get(0)).all().size(), is(0));
        assertThat($(Image.class, steps.get(1)).single().getAlt().orElseThrow(), is("The heel lifted"));
    }

    private static String upload() {
        return DemoCallers.editor().given().contentType("image/png").body(Images.png())
                .when().post("/api/v1/admin/media").then().statusCode(201).extract().path("id");
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
