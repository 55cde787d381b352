package run.limber.admin.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.util.function.Supplier;
import run.limber.domain.bundle.ContentTransfer;
import run.limber.domain.bundle.ImportAction;
import run.limber.domain.bundle.ImportPlan;
import run.limber.domain.shared.ByteSizes;
import run.limber.domain.shared.NotPermittedException;
import run.limber.domain.shared.LimitSettings;
import run.limber.domain.shared.ValidationException;

/**
 * Takes a bundle file, shows what importing it would do (or everything wrong with it), and imports it on a
 * background thread while a progress bar counts the items.
 */
class ImportPanel extends Div {

    /** The upload's multipart framing comes on top of the file, and must fit under the server's ceiling too. */
    private static final int UPLOAD_ENVELOPE_BYTES = 64 * 1024;

    private final ContentTransfer transfer;
    private final ObjectMapper json;
    private final Checkbox publish = new Checkbox("Publish what is imported");
    private final Paragraph publishProblem = new Paragraph();
    private final Div outcome = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph progressText = new Paragraph();
    private final Button apply = new Button("Import");
    private JsonNode bundle;
    private ImportPlan plan;

    ImportPanel(ContentTransfer transfer, ObjectMapper json, LimitSettings limits) {
        this.transfer = transfer;
        this.json = json;
        var upload = new Upload(UploadHandler.inMemory((file, bytes) -> getUI().ifPresent(ui ->
                ui.access(() -> received(bytes)))));
        upload.setMaxFiles(1);
        long maxBytes = limits.bundle().asLongValue() - UPLOAD_ENVELOPE_BYTES;
        upload.setMaxFileSize(Math.toIntExact(maxBytes));
        upload.addFileRejectedListener(rejected -> show(ImportOutcome.problem(rejected.getFileName() + ": "
                + rejected.getErrorMessage() + " A bundle may be at most " + ByteSizes.megabytes(maxBytes) + ".")));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.getElement().setAttribute("aria-label", "Bundle file");
        publish.setHelperText("Admins may publish on import; editors' imports wait as drafts for review.");
        publish.addValueChangeListener(change -> check());
        publishProblem.addClassName("field-problem");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(click -> start());
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Import progress");
        outcome.addClassName("bundle-outcome");
        addClassName("bundle-import");
        add(upload, publish, publishProblem, outcome, apply, progress, progressText);
    }

    private void received(byte[] bytes) {
        try {
            bundle = json.readTree(bytes);
            check();
        } catch (JsonProcessingException e) {
            bundle = null;
            show(ImportOutcome.problem("This file is not JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            bundle = null;
            show(ImportOutcome.problem("This file cannot be read."));
        }
    }

    /** Plans the import afresh: a dry run of the file as it is, with the publish choice as it is. */
    private void check() {
        plan = null;
        publishProblem.setText("");
        if (bundle == null) {
            return;
        }
        try {
            plan = transfer.plan(bundle, publish.getValue());
            show(ImportOutcome.preview(plan.report()));
        } catch (ValidationException e) {
            show(ImportOutcome.problems(e.problems()));
        } catch (NotPermittedException e) {
            publishProblem.setText(e.getMessage());
            show(new Div());
        }
    }

    private void start() {
        var ui = UI.getCurrent();
        var running = plan;
        plan = null;
        apply.setEnabled(false);
        publish.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        ui.setPollInterval(500);
        Thread.ofPlatform().name("content-import").start(() -> {
            Supplier<Div> result;
            try {
                var report = running.apply(new ShownProgress(ui, progress, progressText));
                result = () -> ImportOutcome.done(report);
            } catch (ValidationException e) {
                result = () -> ImportOutcome.problems(e.problems());
            } catch (RuntimeException e) {
                result = () -> ImportOutcome.problem("Nothing was imported: " + e.getMessage());
            }
            var shown = result;
            ui.access(() -> {
                ui.setPollInterval(-1);
                progress.setVisible(false);
                publish.setEnabled(true);
                show(shown.get());
            });
        });
    }

    private void show(Div result) {
        outcome.removeAll();
        outcome.add(result);
        apply.setEnabled(plan != null && plan.report().count(ImportAction.UNCHANGED) < plan.report().items().size());
    }
}
