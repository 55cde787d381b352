package run.limber.webui.notes;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import run.limber.testing.QuarkusViewTest;

@QuarkusTest
class NotesViewTest extends QuarkusViewTest {

    @Test
    void groupsTheNotesByCategory() {
        NotesView view = navigate(NotesView.class);

        assertThat($(H2.class, view).all().stream().map(H2::getText).toList(), contains("Recovery", "Nutrition"));
        assertThat(note("hydration").getElement().getTextRecursively().contains("Drink Before and After"), is(true));
    }

    @Test
    void aNoteAboutSupplementsSaysItIsNotMedicalAdvice() {
        navigate(NotesView.class);

        assertThat(disclaimer(note("zma-and-omega-3")).getElement().getTextRecursively().startsWith("Not medical advice."),
                is(true));
        assertThat($(Paragraph.class, note("hydration")).withClassName("disclaimer").exists(), is(false));
    }

    private NoteArticle note(String slug) {
        return $(NoteArticle.class).id(slug);
    }

    private Paragraph disclaimer(NoteArticle note) {
        return $(Paragraph.class, note).withClassName("disclaimer").single();
    }
}
