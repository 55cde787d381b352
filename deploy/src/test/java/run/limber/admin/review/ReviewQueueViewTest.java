package run.limber.admin.review;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static run.limber.admin.editorial.EditorFixtures.drill;
import static run.limber.admin.editorial.EditorFixtures.editorial;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import run.limber.admin.editorial.EditorFixtures;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.domain.content.ItemStatus;
import run.limber.domain.editorial.EditorialKind;
import run.limber.testing.QuarkusViewTest;

@QuarkusTest
class ReviewQueueViewTest extends QuarkusViewTest {

    @Test
    void anotherEditorSeesTheSubmissionAndApprovesIt() {
        signInAs(DemoAccounts.EDITOR);
        String slug = EditorFixtures.uniqueSlug("ankle-hops");
        String title = "Ankle Hops " + slug;
        editorial().create(EditorialKind.DRILLS, drill(slug, title), null);
        editorial().submit(EditorialKind.DRILLS, slug, OptionalLong.empty());

        navigate(ReviewQueueView.class);
        assertThat(titles(), not(hasItem(title)));

        signInAs(DemoAccounts.ADMIN);
        navigate(ReviewQueueView.class);
        assertThat(titles(), hasItem(title));
        int row = titles().indexOf(title);
        test((Button) grid().getCellComponent(row, 4).getChildren().findFirst().orElseThrow()).click();

        nextRequest();
        assertThat(editorial().get(EditorialKind.DRILLS, slug).status(), is(ItemStatus.PUBLISHED));
        assertThat(titles(), not(hasItem(title)));
    }

    /** The titles in the queue; the grid is hidden when nothing waits. */
    private List<String> titles() {
        if (!$(Grid.class).exists()) {
            return List.of();
        }
        var grid = grid();
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getRow(row).title()).toList();
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<ReviewQueue.Waiting>, ReviewQueue.Waiting> grid() {
        return test($(Grid.class).single());
    }
}
