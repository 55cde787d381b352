package run.limber.admin.editorial;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static run.limber.admin.editorial.EditorFixtures.drill;
import static run.limber.admin.editorial.EditorFixtures.editorial;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import run.limber.admin.drills.DrillEditorView;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.domain.content.ItemStatus;
import run.limber.domain.editorial.EditorialKind;
import run.limber.domain.editorial.RevisionInfo;
import run.limber.testing.QuarkusViewTest;

/** The workflow around every editor, exercised on the drill editor. */
@QuarkusTest
class EditorViewTest extends QuarkusViewTest {

    @Test
    void aSaveAfterSomeoneElsesOffersTheirsAndReloadingTakesTheirs() {
        String slug = openWithANewerSaveBehindTheForm();

        test($(Button.class).withText("Save draft").single()).click();

        assertThat(cells(), is(List.of("name", "Toe Taps, theirs", "Toe Taps, mine")));
        test($(Button.class).withText("Reload theirs (discard mine)").single()).click();
        assertThat(name().getValue(), is("Toe Taps, theirs"));
        nextRequest();
        assertThat(editorial().get(EditorialKind.DRILLS, slug).content().name(), is("Toe Taps, theirs"));
    }

    @Test
    void keepingMineSavesItOverTheirsOnlyWhenAsked() {
        String slug = openWithANewerSaveBehindTheForm();

        test($(Button.class).withText("Save draft").single()).click();
        assertThat(editorial().get(EditorialKind.DRILLS, slug).content().name(), is("Toe Taps, theirs"));
        test($(Button.class).withText("Keep mine (save over theirs)").single()).click();

        nextRequest();
        assertThat(editorial().get(EditorialKind.DRILLS, slug).content().name(), is("Toe Taps, mine"));
        assertThat(name().getValue(), is("Toe Taps, mine"));
        assertThat($(ConflictDialog.class).exists(), is(false));
    }

    @Test
    void historyComparesTwoRevisionsAndRestoresOneAsANewDraft() {
        signInAs(DemoAccounts.EDITOR);
        String slug = EditorFixtures.uniqueSlug("toe-taps");
        editorial().create(EditorialKind.DRILLS, drill(slug, "Name one"), "First go");
        editorial().submit(EditorialKind.DRILLS, slug, OptionalLong.empty());
        signInAs(DemoAccounts.ADMIN);
        editorial().publish(EditorialKind.DRILLS, slug, OptionalLong.empty(), Optional.empty());
        signInAs(DemoAccounts.EDITOR);
        editorial().update(EditorialKind.DRILLS, slug, editorial().get(EditorialKind.DRILLS, slug).version(),
                drill(slug, "Name two"), "Renamed");
        nextRequest();
        navigate("admin/drills/" + slug, DrillEditorView.class);

        test($(Button.class).withText("History").single()).click();
        GridTester<Grid<RevisionInfo>, RevisionInfo> revisions = revisionGrid();
        assertThat(revisions.size(), is(2));
        assertThat(revisions.getCellText(0, 4), is("Renamed"));
        test($(Button.class).withText("Compare").single()).click();
        assertThat(cells(), is(List.of("name", "Name one", "Name two")));

        test((Button) revisions.getCellComponent(1, 5)).click();

        nextRequest();
        var restored = editorial().get(EditorialKind.DRILLS, slug);
        assertThat(restored.revision().number(), is(3));
        assertThat(restored.status(), is(ItemStatus.DRAFT));
        assertThat(restored.content().name(), is("Name one"));
        assertThat(name().getValue(), is("Name one"));
    }

    @Test
    void aReviewerSendsItBackWithACommentTheAuthorThenSees() {
        signInAs(DemoAccounts.EDITOR);
        String slug = EditorFixtures.uniqueSlug("toe-taps");
        editorial().create(EditorialKind.DRILLS, drill(slug, "Toe Taps"), null);
        editorial().submit(EditorialKind.DRILLS, slug, OptionalLong.empty());

        signInAs(DemoAccounts.ADMIN);
        navigate("admin/drills/" + slug, DrillEditorView.class);
        test($(Button.class).withText("Request changes…").single()).click();
        test($(TextArea.class).withCaption("What should change?").single()).setValue("Say which foot leads.");
        test($(Button.class).withText("Send back to the author").single()).click();

        signInAs(DemoAccounts.EDITOR);
        navigate("admin/drills/" + slug, DrillEditorView.class);
        assertThat($(Paragraph.class).withClassName("admin-notice").single().getText(),
                is("Reviewer asked for changes: Say which foot leads."));
        assertThat($(Button.class).withText("Submit for review").exists(), is(true));
    }

    /** The editor has typed a new name while someone else saved another; answers the slug. */
    private String openWithANewerSaveBehindTheForm() {
        signInAs(DemoAccounts.EDITOR);
        String slug = EditorFixtures.uniqueSlug("toe-taps");
        long version = editorial().create(EditorialKind.DRILLS, drill(slug, "Toe Taps"), null).version();
        navigate("admin/drills/" + slug, DrillEditorView.class);
        test(name()).setValue("Toe Taps, mine");
        editorial().update(EditorialKind.DRILLS, slug, version, drill(slug, "Toe Taps, theirs"), "From another tab");
        nextRequest();
        return slug;
    }

    private TextField name() {
        return $(TextField.class).withCaption("Name").single();
    }

    /** The diff's cells, row by row. */
    private List<String> cells() {
        return $(NativeTableCell.class).from($(DiffTable.class).single()).all().stream()
                .map(cell -> cell.getElement().getTextRecursively()).toList();
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<RevisionInfo>, RevisionInfo> revisionGrid() {
        return test($(Grid.class).from($(HistoryDialog.class).single()).single());
    }
}
