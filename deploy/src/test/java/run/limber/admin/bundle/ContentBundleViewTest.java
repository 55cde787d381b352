package run.limber.admin.bundle;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.spi.CDI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.domain.shared.LimitSettings;
import run.limber.testing.DemoCallers;
import run.limber.testing.QuarkusViewTest;

@QuarkusTest
class ContentBundleViewTest extends QuarkusViewTest {

    @Test
    void anEditorSeesWhatABundleWouldDoThenImportsItWithProgress() throws InterruptedException {
        signInAs(DemoAccounts.EDITOR);
        var view = navigate(ContentBundleView.class);
        String slug = "bundled-" + UUID.randomUUID().toString().substring(0, 8);

        upload(view, bundle(slug, "Bundled drill"));

        assertThat(outcome(view), startsWith("Importing would create 1, change 0 and leave 0 unchanged"));
        var importButton = $(Button.class, view).withText("Import").single();
        assertThat(importButton.isEnabled(), is(true));
        DemoCallers.editor().given().when().get("/api/v1/admin/drills/" + slug).then().statusCode(404);

        test(importButton).click();
        awaitOutcome(view, "Imported:");

        assertThat(outcome(view), is("Imported: 1 created, 0 changed, 0 unchanged, as drafts waiting for review."));
        DemoCallers.editor().given().when().get("/api/v1/admin/drills/" + slug)
                .then().statusCode(200).body("status", is("DRAFT"));
    }

    @Test
    void aBrokenFileListsItsProblemsAndCannotBeImported() {
        signInAs(DemoAccounts.EDITOR);
        var view = navigate(ContentBundleView.class);

        upload(view, bundle("Not A Slug", " "));

        assertThat(outcome(view), is("The file has 2 problems; nothing was imported."));
        assertThat($(ListItem.class, view).first().getText(), startsWith("drills[0].slug: Use lower-case letters"));
        assertThat($(Button.class, view).withText("Import").single().isEnabled(), is(false));

        upload(view, "{ not json");
        assertThat(outcome(view), startsWith("This file is not JSON"));
    }

    @Test
    void publishingOnImportIsRefusedBesideTheChoiceForAnEditorWhenReviewIsRequired() {
        signInAs(DemoAccounts.EDITOR);
        var view = navigate(ContentBundleView.class);
        upload(view, bundle("publish-me-" + UUID.randomUUID().toString().substring(0, 8), "Publish me"));

        test($(Checkbox.class, view).single()).click();

        assertThat($(Paragraph.class, view).withClassName("field-problem").single().getText(),
                containsString("ask an admin"));
        assertThat($(Button.class, view).withText("Import").single().isEnabled(), is(false));
    }

    @Test
    void aFileOverTheBundleLimitIsRefusedInTheBrowserWithAMessage() {
        signInAs(DemoAccounts.EDITOR);
        var view = navigate(ContentBundleView.class);
        var upload = $(Upload.class, view).single();
        long limit = CDI.current().select(LimitSettings.class).get().bundle().asLongValue();

        assertThat((long) upload.getMaxFileSize(), is(lessThanOrEqualTo(limit)));
        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "File is too big.", "huge.json"));

        assertThat(outcome(view), startsWith("huge.json: File is too big. A bundle may be at most"));
    }

    private void upload(ContentBundleView view, String file) {
        test($(Upload.class, view).single()).upload("bundle.json", "application/json",
                file.getBytes(StandardCharsets.UTF_8));
        flushPendingAccess();
    }

    private String outcome(ContentBundleView view) {
        return $(Paragraph.class, $(Div.class, view).withClassName("bundle-outcome").single()).first().getText();
    }

    /** The import runs on its own thread and reports through UI.access, which runs when the session lock is let go. */
    private void awaitOutcome(ContentBundleView view, String start) throws InterruptedException {
        for (int i = 0; i < 100 && !outcome(view).startsWith(start); i++) {
            Thread.sleep(100);
            flushPendingAccess();
        }
    }

    private static void flushPendingAccess() {
        var session = VaadinSession.getCurrent();
        session.unlock();
        session.lock();
    }

    private static String bundle(String slug, String name) {
        return """
                {"format": "limber-content", "formatVersion": 1, "drills": [{"slug": "%s", "name": "%s",
                 "targetAreas": ["HIP"], "timings": ["REST_DAY"], "steps": ["Lie on your side"],
                 "prescription": {"reps": {"min": 10, "max": 10}, "secondsPerRep": 4}}]}""".formatted(slug, name);
    }
}
