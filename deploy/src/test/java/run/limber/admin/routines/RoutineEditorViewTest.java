package run.limber.admin.routines;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.Test;
import run.limber.admin.base.Durations;
import run.limber.admin.editorial.EditorFixtures;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.domain.drills.DrillCatalog;
import run.limber.domain.drills.RepRange;
import run.limber.domain.editorial.EditorialKind;
import run.limber.domain.routines.PublishedRoutine;
import run.limber.testing.QuarkusViewTest;

@QuarkusTest
class RoutineEditorViewTest extends QuarkusViewTest {

    @Test
    void theEstimateFollowsTheDrillsAndTheirOverrides() {
        signInAs(DemoAccounts.EDITOR);
        var drills = CDI.current().select(DrillCatalog.class).get();
        var ankle = drills.get("straight-leg-ankle-matrix");
        var calf = drills.get("dynamic-calf-stretch");
        navigate("admin/routines/new", RoutineEditorView.class);

        test(addDrill()).selectItem(ankle.content().name());
        test(addDrill()).selectItem(calf.content().name());
        assertThat(estimate(), is("Takes " + Durations.about(ankle.prescription().estimatedSeconds()
                + calf.prescription().estimatedSeconds() + PublishedRoutine.SECONDS_BETWEEN_DRILLS)));

        test($(IntegerField.class).withCaption("Reps from (optional)").first()).setValue(2);
        test($(IntegerField.class).withCaption("to").first()).setValue(2);
        assertThat(estimate(), is("Takes " + Durations.about(ankle.prescription().withReps(RepRange.fixed(2))
                .estimatedSeconds() + calf.prescription().estimatedSeconds() + PublishedRoutine.SECONDS_BETWEEN_DRILLS)));
    }

    @Test
    void anEditorComposesARoutine() {
        signInAs(DemoAccounts.EDITOR);
        String slug = EditorFixtures.uniqueSlug("morning-set");
        var calf = CDI.current().select(DrillCatalog.class).get().get("dynamic-calf-stretch");
        navigate("admin/routines/new", RoutineEditorView.class);

        test($(TextField.class).withCaption("Name").single()).setValue("Morning set");
        test($(TextField.class).withCaption("Slug (web address)").single()).setValue(slug);
        test($(IntegerField.class).withCaption("Times a week, at least").single()).setValue(3);
        test($(IntegerField.class).withCaption("Times a week, at most").single()).setValue(4);
        test(addDrill()).selectItem(calf.content().name());
        test($(Button.class).withText("Create draft").single()).click();

        nextRequest();
        var routine = EditorFixtures.editorial().get(EditorialKind.ROUTINES, slug).content();
        assertThat(routine.frequency().label(), is("3–4 times a week"));
        assertThat(routine.drills().getFirst().drill(), is("dynamic-calf-stretch"));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> addDrill() {
        return $(ComboBox.class).withCaption("Add a published drill").single();
    }

    private String estimate() {
        return $(Paragraph.class).withClassName("admin-preview__label").single().getText();
    }
}
