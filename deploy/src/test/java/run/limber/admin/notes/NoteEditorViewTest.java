package run.limber.admin.notes;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import run.limber.admin.editorial.EditorFixtures;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.domain.editorial.EditorialKind;
import run.limber.domain.notes.NoteCategory;
import run.limber.domain.notes.NoteTiming;
import run.limber.testing.QuarkusViewTest;

@QuarkusTest
class NoteEditorViewTest extends QuarkusViewTest {

    @Test
    void thePreviewRendersMarkdownAndDropsScripts() {
        signInAs(DemoAccounts.EDITOR);
        navigate("admin/notes/new", NoteEditorView.class);

        test($(TextArea.class).withCaption("Body (Markdown)").single())
                .setValue("Drink **little and often**.\n\n<script>alert('x')</script>\n\n- water\n- salt");

        String html = $(NotePreview.class).single().html();
        assertThat(html, containsString("<strong>little and often</strong>"));
        assertThat(html, containsString("<li>water</li>"));
        assertThat(html, not(containsString("script")));
    }

    @Test
    void anEditorCreatesANoteWithEveryField() {
        signInAs(DemoAccounts.EDITOR);
        String slug = EditorFixtures.uniqueSlug("cold-baths");
        navigate("admin/notes/new", NoteEditorView.class);

        test($(TextField.class).withCaption("Title").single()).setValue("Cold baths");
        test($(TextField.class).withCaption("Slug (web address)").single()).setValue(slug);
        test(select("Category")).selectItem("Recovery");
        test(select("When it applies")).selectItem("After a run");
        test($(TextArea.class).withCaption("Body (Markdown)").single()).setValue("Ten minutes is plenty.");
        test($(Button.class).withText("Create draft").single()).click();

        nextRequest();
        var note = EditorFixtures.editorial().get(EditorialKind.NOTES, slug).content();
        assertThat(note.title(), is("Cold baths"));
        assertThat(note.category(), is(NoteCategory.RECOVERY));
        assertThat(note.timing(), is(NoteTiming.AFTER_RUN));
        assertThat(note.body(), is("Ten minutes is plenty."));
    }

    @Test
    void aNoteWithoutCategoryOrBodyIsMarkedAndKept() {
        signInAs(DemoAccounts.EDITOR);
        navigate("admin/notes/new", NoteEditorView.class);

        test($(TextField.class).withCaption("Title").single()).setValue("Half a note");
        test($(Button.class).withText("Create draft").single()).click();

        assertThat(select("Category").isInvalid(), is(true));
        assertThat($(TextArea.class).withCaption("Body (Markdown)").single().isInvalid(), is(true));
        assertThat($(TextField.class).withCaption("Title").single().getValue(), is("Half a note"));
    }

    @SuppressWarnings("unchecked")
    private Select<Object> select(String label) {
        return $(Select.class).withCaption(label).single();
    }
}
