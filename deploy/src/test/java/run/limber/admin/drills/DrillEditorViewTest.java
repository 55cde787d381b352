package run.limber.admin.drills;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.spi.CDI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import run.limber.admin.editorial.EditorFixtures;
import run.limber.api.media.Images;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.domain.content.ItemStatus;
import run.limber.domain.drills.DrillCatalog;
import run.limber.domain.drills.Illustration;
import run.limber.domain.drills.Tip;
import run.limber.domain.editorial.EditorialKind;
import run.limber.domain.shared.LimitSettings;
import run.limber.testing.DemoCallers;
import run.limber.testing.QuarkusViewTest;
import run.limber.webui.base.AccessDeniedView;

@QuarkusTest
class DrillEditorViewTest extends QuarkusViewTest {

    @Test
    void thePreviewShowsTheDoseAndEverySetAsTheEditorTypes() {
        signInAs(DemoAccounts.EDITOR);
        navigate("admin/drills/new", DrillEditorView.class);

        test(text("Name")).setValue("Wall Ankle Rocks");
        test(integer("Fewest reps")).setValue(5);
        test(integer("Most reps")).setValue(10);
        test(group("Sides, worked left then right")).selectItems("Left", "Right");
        test(group("Foot angles")).selectAll();
        test(integer("Seconds per rep")).setValue(3);

        assertThat(text("Slug (web address)").getValue(), is("wall-ankle-rocks"));
        assertThat($(Paragraph.class).withClassName("admin-preview__label").single().getText(),
                is("5–10 reps at each of 3 foot angles, each leg"));
        List<String> sets = $(ListItem.class).from($(OrderedList.class).withClassName("admin-preview__sets").single())
                .all().stream().map(ListItem::getText).toList();
        assertThat(sets, contains(
                "Left leg, foot pointing straight ahead: 5–10 reps",
                "Left leg, foot turned 45° to the left: 5–10 reps",
                "Left leg, foot turned 45° to the right: 5–10 reps",
                "Right leg, foot pointing straight ahead: 5–10 reps",
                "Right leg, foot turned 45° to the left: 5–10 reps",
                "Right leg, foot turned 45° to the right: 5–10 reps"));
        // 6 sets × 8 reps × 3 s + 5 resets × 5 s
        assertThat($(Paragraph.class).withTextContaining("Takes about").single().getText(),
                is("Takes about 3 min (169 s) · the count applies to each foot angle"));
    }

    @Test
    void aFailedSaveMarksTheFieldsAndKeepsWhatWasTyped() {
        signInAs(DemoAccounts.EDITOR);
        navigate("admin/drills/new", DrillEditorView.class);

        test(text("Name")).setValue("Heel Walks");
        test(text("Slug (web address)")).setValue("Heel Walks!");
        test(integer("Fewest reps")).setValue(12);
        test(integer("Most reps")).setValue(8);
        test($(Button.class).withText("Create draft").single()).click();

        assertThat(text("Slug (web address)").isInvalid(), is(true));
        assertThat(integer("Fewest reps").getErrorMessage(), is("Must not be more than the maximum (8)."));
        assertThat(integer("Seconds per rep").isInvalid(), is(true));
        assertThat($(StepsField.class).single().isInvalid(), is(true));
        assertThat(text("Name").getValue(), is("Heel Walks"));
        assertThat(text("Slug (web address)").getValue(), is("Heel Walks!"));
        assertThat(integer("Fewest reps").getValue(), is(12));
    }

    @Test
    void aSlugInUseIsReportedBesideTheSlug() {
        signInAs(DemoAccounts.EDITOR);
        navigate("admin/drills/new", DrillEditorView.class);

        fillValidDrill("Straight-Leg Ankle Matrix");
        test($(Button.class).withText("Create draft").single()).click();

        assertThat(text("Slug (web address)").getErrorMessage(), is("Another drill already uses this slug."));
    }

    @Test
    void anEditorCreatesAndSubmitsAndAnotherEditorPublishes() {
        signInAs(DemoAccounts.EDITOR);
        String slug = EditorFixtures.uniqueSlug("calf-raises");
        navigate("admin/drills/new", DrillEditorView.class);
        fillValidDrill("Calf Raises");
        test(text("Slug (web address)")).setValue(slug);
        test($(Button.class).withText("Create draft").single()).click();
        navigate("admin/drills/" + slug, DrillEditorView.class);
        test($(Button.class).withText("Submit for review").single()).click();
        assertThat($(Paragraph.class).withClassName("admin-error").exists(), is(false));
        assertThat($(Span.class).withClassName("admin-status").single().getText(), is("In review"));
        assertThat($(Button.class).withText("Approve and publish").exists(), is(false));

        signInAs(DemoAccounts.ADMIN);
        navigate("admin/drills/" + slug, DrillEditorView.class);
        test($(Button.class).withText("Approve and publish").single()).click();

        nextRequest();
        assertThat(EditorFixtures.editorial().get(EditorialKind.DRILLS, slug).status(), is(ItemStatus.PUBLISHED));
        assertThat(CDI.current().select(DrillCatalog.class).get().get(slug).content().name(),
                is("Calf Raises"));
    }

    @Test
    void stepsMoveAndTipsComeAndGoInTheSavedDrill() {
        signInAs(DemoAccounts.EDITOR);
        String slug = EditorFixtures.uniqueSlug("knee-drives");
        navigate("admin/drills/new", DrillEditorView.class);
        fillValidDrill("Knee Drives");
        test(text("Slug (web address)")).setValue(slug);
        test($(Button.class).withText("Add step").single()).click();
        test($(TextArea.class).withCaption("Step 2").single()).setValue("Drive the knee up.");
        test($(Button.class).withAttribute("aria-label", "Move up: step 2").single()).click();
        test($(Button.class).withText("Add tip").single()).click();
        test($(TextArea.class).withCaption("Tip 1").single()).setValue("Stay tall.");
        test($(Button.class).withText("Add tip").single()).click();
        test($(TextArea.class).withCaption("Tip 2").single()).setValue("Breathe out on the drive.");
        test($(Button.class).withAttribute("aria-label", "Remove tip 1").single()).click();
        test($(Button.class).withText("Create draft").single()).click();

        nextRequest();
        var drill = EditorFixtures.editorial().get(EditorialKind.DRILLS, slug).content();
        assertThat(drill.steps(), contains("Drive the knee up.", "Rise onto the toes, then lower slowly."));
        assertThat(drill.tips().stream().map(Tip::text).toList(), contains("Breathe out on the drive."));
    }

    @Test
    void anApproverCanScheduleThePublication() {
        signInAs(DemoAccounts.EDITOR);
        String slug = EditorFixtures.uniqueSlug("skips");
        EditorFixtures.editorial().create(EditorialKind.DRILLS, EditorFixtures.drill(slug, "Skips"), null);
        EditorFixtures.editorial().submit(EditorialKind.DRILLS, slug, OptionalLong.empty());

        signInAs(DemoAccounts.ADMIN);
        navigate("admin/drills/" + slug, DrillEditorView.class);
        LocalDateTime at = LocalDateTime.now(ZoneOffset.UTC).plusDays(2).withSecond(0).withNano(0);
        $(DateTimePicker.class).single().setValue(at);
        test($(Button.class).withText("Approve and publish").single()).click();

        nextRequest();
        var scheduled = EditorFixtures.editorial().get(EditorialKind.DRILLS, slug);
        assertThat(scheduled.status(), is(ItemStatus.SCHEDULED));
        assertThat(scheduled.scheduledAt(), is(at.toInstant(ZoneOffset.UTC)));
    }

    @Test
    void savingTheFormKeepsTheDrillsIllustrations() {
        String slug = EditorFixtures.uniqueSlug("illustrated");
        String image = DemoCallers.editor().given().contentType("image/png").body(Images.png())
                .when().post("/api/v1/admin/media").then().statusCode(201).extract().path("id");
        var draft = (ObjectNode) EditorFixtures.drill(slug, "Illustrated");
        draft.putArray("illustrations").addObject().put("media", image).put("alt", "Heel off the floor").put("step", 1);
        DemoCallers.editor().given().body(draft.toString()).when().post("/api/v1/admin/drills").then().statusCode(201);

        signInAs(DemoAccounts.EDITOR);
        navigate("admin/drills/" + slug, DrillEditorView.class);
        test(text("Name")).setValue("Illustrated, renamed");
        test($(Button.class).withText("Save draft").single()).click();

        nextRequest();
        var drill = EditorFixtures.editorial().get(EditorialKind.DRILLS, slug).content();
        assertThat(drill.name(), is("Illustrated, renamed"));
        assertThat(drill.illustrations(), contains(new Illustration(UUID.fromString(image), "Heel off the floor", 1)));
    }

    @Test
    void anImageOverTheLimitIsRefusedInTheBrowserWithAMessageBesideTheUpload() {
        signInAs(DemoAccounts.EDITOR);
        navigate("admin/drills/new", DrillEditorView.class);
        var upload = $(Upload.class).single();
        long limit = CDI.current().select(LimitSettings.class).get().image().asLongValue();

        assertThat((long) upload.getMaxFileSize(), is(limit));
        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "File is too big.", "huge.png"));

        assertThat($(Paragraph.class).withClassName("field-problem").withTextContaining("huge.png").single().getText(),
                is("huge.png: File is too big. Upload a PNG, JPEG or WebP image of at most 2 MB."));
    }

    @Test
    void anEditorUploadsAnIllustrationForAStepAndMustDescribeIt() {
        signInAs(DemoAccounts.EDITOR);
        String slug = EditorFixtures.uniqueSlug("illustrated");
        navigate("admin/drills/new", DrillEditorView.class);
        fillValidDrill("Illustrated Raises");
        test(text("Slug (web address)")).setValue(slug);

        test($(Upload.class).single()).upload("raise.png", "image/png", Images.png());
        flushPendingAccess();
        test($(Button.class).withText("Create draft").single()).click();
        assertThat(text("Illustration 1: what it shows").getErrorMessage(), is("Required."));

        test(text("Illustration 1: what it shows")).setValue("Heels lifted high, knees straight");
        test(illustrationShows()).selectItem("Step 1");
        var previewSteps = $(OrderedList.class).withClassName("admin-preview__steps").single();
        assertThat($(Image.class).from(previewSteps).single().getAlt().orElseThrow(),
                is("Heels lifted high, knees straight"));
        test($(Button.class).withText("Create draft").single()).click();

        var saved = EditorFixtures.editorial().get(EditorialKind.DRILLS, slug).content().illustrations();
        assertThat(saved.size(), is(1));
        assertThat(saved.getFirst().alt(), is("Heels lifted high, knees straight"));
        assertThat(saved.getFirst().step(), is(1));
    }

    @Test
    void anIllustrationFollowsItsStepWhenStepsMoveAndStaysWithTheDrillWhenItsStepGoes() {
        signInAs(DemoAccounts.EDITOR);
        navigate("admin/drills/new", DrillEditorView.class);
        fillValidDrill("Moving Pictures");
        test($(Button.class).withText("Add step").single()).click();
        test($(TextArea.class).withCaption("Step 2").single()).setValue("Lower the heels slowly.");
        test($(Upload.class).single()).upload("lower.png", "image/png", Images.png());
        flushPendingAccess();
        test(illustrationShows()).selectItem("Step 2");

        test($(Button.class).withAttribute("aria-label", "Move up: step 2").single()).click();
        assertThat(illustrationShows().getValue(), is(1));

        test($(Button.class).withAttribute("aria-label", "Remove step 1").single()).click();
        assertThat(illustrationShows().getValue(), is(0));
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedBesideTheUpload() {
        signInAs(DemoAccounts.EDITOR);
        navigate("admin/drills/new", DrillEditorView.class);

        test($(Upload.class).single()).upload("notes.png", "image/png",
                "<svg><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8));
        flushPendingAccess();

        assertThat($(Paragraph.class).withClassName("field-problem").single().getText(),
                is("notes.png: Only PNG, JPEG and WebP images can be uploaded."));
        assertThat($(TextField.class).withCaption("Illustration 1: what it shows").exists(), is(false));
    }

    @SuppressWarnings("unchecked")
    private Select<Integer> illustrationShows() {
        return $(Select.class).withCaption("Illustration 1 shows").single();
    }

    /** The upload hands its file over through UI.access, which runs when the session lock is let go. */
    private static void flushPendingAccess() {
        var session = VaadinSession.getCurrent();
        session.unlock();
        session.lock();
    }

    @Test
    void aRunnerCannotOpenTheEditor() {
        signInAs(DemoAccounts.RUNNER);

        navigate("admin/drills/new", AccessDeniedView.class);
        navigate("admin/drills", AccessDeniedView.class);

        assertThat($(DrillForm.class).exists(), is(false));
    }

    private void fillValidDrill(String name) {
        test(text("Name")).setValue(name);
        test(group("Target areas")).selectItem("Calf");
        test(group("When it fits")).selectItem("Before a run");
        test($(Button.class).withText("Add step").single()).click();
        test($(TextArea.class).withCaption("Step 1").single()).setValue("Rise onto the toes, then lower slowly.");
        test(integer("Fewest reps")).setValue(8);
        test(integer("Most reps")).setValue(12);
        test(integer("Seconds per rep")).setValue(2);
    }

    private TextField text(String label) {
        return $(TextField.class).withCaption(label).single();
    }

    private IntegerField integer(String label) {
        return $(IntegerField.class).withCaption(label).single();
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<Object> group(String label) {
        return $(CheckboxGroup.class).withCaption(label).single();
    }
}
