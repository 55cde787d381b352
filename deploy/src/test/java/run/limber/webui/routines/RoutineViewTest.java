package run.limber.webui.routines;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.router.RouterLink;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import run.limber.testing.QuarkusViewTest;
import run.limber.webui.base.NotFoundView;

@QuarkusTest
class RoutineViewTest extends QuarkusViewTest {

    @Test
    void showsTheDrillsInOrderEachLinkedWithItsDose() {
        RoutineView view = navigate(RoutineView.class, "ten-minute-mobility");

        assertThat($(H1.class, view).single().getText(), is("10-Minute Ankle and Hip Mobility"));
        String text = view.getElement().getTextRecursively();
        assertThat(text, containsString("3–4 times a week"));
        assertThat(text, containsString("Before a run"));

        OrderedList drills = $(OrderedList.class, view).withClassName("routine-drills").single();
        List<String> links = $(RouterLink.class, drills).all().stream().map(RouterLink::getHref).toList();
        assertThat(links, contains("drills/straight-leg-ankle-matrix", "drills/dynamic-calf-stretch",
                "drills/standing-hip-cars", "drills/hip-switches", "drills/side-lying-open-books"));
        assertThat($(ListItem.class, drills).first().getElement().getTextRecursively(),
                containsString("5–10 reps at each of 3 foot angles, each leg"));
    }

    @Test
    void linksToThePlayerOfTheSameRoutine() {
        RoutineView view = navigate(RoutineView.class, "post-run-cooldown");

        assertThat($(Anchor.class, view).withClassName("routine-play").single().getHref(),
                is("routines/post-run-cooldown/play"));
    }

    @Test
    void theRoutinesPageListsEveryRoutine() {
        RoutinesView view = navigate(RoutinesView.class);

        assertThat($(RouterLink.class, view).all().stream().map(RouterLink::getText).toList(),
                hasItems("10-Minute Ankle and Hip Mobility", "Post-Run Cooldown"));
    }

    @Test
    void anUnknownRoutineShowsTheNotFoundPage() {
        navigate("routines/no-such-routine", NotFoundView.class);

        assertThat($(RoutineView.class).exists(), is(false));
    }
}
