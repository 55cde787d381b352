package run.limber.webui.library;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import run.limber.testing.QuarkusViewTest;

@QuarkusTest
class LibraryViewTest extends QuarkusViewTest {

    @Test
    void listsTheFiveDrillsWithTheirDoseAndLinks() {
        navigate(LibraryView.class);

        assertThat(drillNames(), hasItems("Straight-Leg Ankle Matrix", "Dynamic Calf Stretch", "Standing Hip CARs",
                "Hip Switches", "Side-Lying Open Books"));
        DrillCard ankle = card("Straight-Leg Ankle Matrix");
        String text = ankle.getElement().getTextRecursively();
        assertThat(text, containsString("Ankle dorsiflexion"));
        assertThat(text, containsString("5–10 reps at each of 3 foot angles, each leg"));
        assertThat(text, containsString("about 3 min"));
        assertThat(nameLink(ankle).getHref(), is("drills/straight-leg-ankle-matrix"));
    }

    @Test
    void filteringByHipShowsOnlyHipDrills() {
        openFiltered("target=hip");

        assertThat(drillNames(), hasItems("Standing Hip CARs", "Hip Switches", "Side-Lying Open Books"));
        assertThat(drillNames(), not(hasItem("Straight-Leg Ankle Matrix")));
        $(DrillCard.class).all().forEach(card -> assertThat(targetAreas(card), hasItem("Hip")));
    }

    @Test
    void theFilterChipsAreShareableLinksThatKeepTheOtherFilter() {
        openFiltered("timing=after_run");

        RouterLink hip = $(RouterLink.class).withClassName("chip").withText("Hip").single();
        assertThat(hip.getQueryParameters().orElseThrow(), is(QueryParameters.fromString("target=hip&timing=after_run")));
        test(hip).click();

        assertThat(drillNames(), hasItems("Hip Switches", "Side-Lying Open Books"));
        assertThat(drillNames(), not(hasItem("Standing Hip CARs")));
        assertThat(hip.getElement().getAttribute("aria-current"), is("true"));
    }

    @Test
    void aFilterThatMatchesNothingSaysSoAndOffersAllDrills() {
        openFiltered("target=ankle&timing=after_run");

        assertThat($(DrillCard.class).exists(), is(false));
        assertThat($(RouterLink.class).withText("Show all drills").exists(), is(true));
    }

    @Test
    void linksToTheRoutines() {
        navigate(LibraryView.class);

        List<String> links = $(RouterLink.class).withClassName("card__link").all().stream().map(RouterLink::getHref).toList();
        assertThat(links, hasItems("routines/ten-minute-mobility", "routines/post-run-cooldown"));
        assertThat(links, not(hasItem("routines")));
    }

    /** Opens the library as a shared link would, with the filter in the query string. */
    private void openFiltered(String query) {
        UI.getCurrent().navigate(LibraryView.class, QueryParameters.fromString(query));
    }

    private List<String> drillNames() {
        return $(DrillCard.class).all().stream().map(card -> nameLink(card).getText()).toList();
    }

    private DrillCard card(String name) {
        return $(DrillCard.class).withCondition(card -> nameLink(card).getText().equals(name)).single();
    }

    private RouterLink nameLink(DrillCard card) {
        return $(RouterLink.class, card).first();
    }

    private List<String> targetAreas(DrillCard card) {
        return $(ListItem.class, card).all().stream()
                .filter(item -> item.getParent().orElseThrow().hasClassName("tag-list--area"))
                .map(item -> item.getElement().getText()).toList();
    }
}
