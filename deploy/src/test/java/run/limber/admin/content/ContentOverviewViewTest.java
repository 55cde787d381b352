package run.limber.admin.content;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.domain.content.ContentSummary;
import run.limber.testing.QuarkusViewTest;

@QuarkusTest
class ContentOverviewViewTest extends QuarkusViewTest {

    @BeforeEach
    void signInAsEditor() {
        signInAs(DemoAccounts.EDITOR);
    }

    @Test
    void listsEveryContentItemWithItsRevisions() {
        navigate(ContentOverviewView.class);

        @SuppressWarnings("unchecked")
        GridTester<Grid<ContentSummary>, ContentSummary> grid = test($(Grid.class).single());
        List<String> slugs = IntStream.range(0, grid.size()).mapToObj(row -> grid.getCellText(row, 2)).toList();
        assertThat(slugs, hasItems("straight-leg-ankle-matrix", "ten-minute-mobility", "zma-and-omega-3"));

        int ankle = slugs.indexOf("straight-leg-ankle-matrix");
        assertThat(grid.getCellText(ankle, 0), is("Drill"));
        assertThat(grid.getCellText(ankle, 1), is("Straight-Leg Ankle Matrix"));
    }

    @Test
    void eachTitleOpensItsEditor() {
        navigate(ContentOverviewView.class);

        @SuppressWarnings("unchecked")
        GridTester<Grid<ContentSummary>, ContentSummary> grid = test($(Grid.class).single());
        int ankle = IntStream.range(0, grid.size()).filter(row -> grid.getRow(row).slug().equals("straight-leg-ankle-matrix"))
                .findFirst().orElseThrow();
        assertThat(((Anchor) grid.getCellComponent(ankle, 1)).getHref(), is("admin/drills/straight-leg-ankle-matrix"));
    }
}
