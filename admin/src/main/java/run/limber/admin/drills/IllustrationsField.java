package run.limber.admin.drills;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import run.limber.admin.editorial.FieldMessages;
import run.limber.admin.editorial.ListField;
import run.limber.domain.media.MediaLibrary;
import run.limber.domain.shared.ByteSizes;
import run.limber.domain.shared.ValidationException;

/**
 * The drill's images: upload one (PNG, JPEG or WebP, at most 2 MB), describe it for runners who cannot see it, and
 * say whether it shows the whole drill or one step.
 */
class IllustrationsField extends ListField {

    /** An image as the editor has it: the alt text may still be missing; a null step means the whole drill. */
    record TypedIllustration(UUID media, String alt, Integer step) {
    }

    private final List<TypedIllustration> illustrations = new ArrayList<>();
    private final Paragraph uploadProblem = new Paragraph();
    private final FieldMessages messages;
    private final Runnable changed;
    private int steps;

    IllustrationsField(MediaLibrary media, FieldMessages messages, Runnable changed) {
        super("Illustrations");
        this.messages = messages;
        this.changed = changed;
        var upload = new Upload(UploadHandler.inMemory((file, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            try {
                illustrations.add(new TypedIllustration(media.upload(bytes).id(), "", null));
                uploadProblem.setText("");
                render();
                changed.run();
            } catch (ValidationException e) {
                uploadProblem.setText(file.fileName() + ": " + e.problems().getFirst().message());
            }
        }))));
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp");
        upload.setMaxFileSize(Math.toIntExact(media.maxBytes()));
        upload.addFileRejectedListener(rejected -> uploadProblem.setText(rejected.getFileName() + ": "
                + rejected.getErrorMessage() + " Upload a PNG, JPEG or WebP image of at most "
                + ByteSizes.megabytes(media.maxBytes()) + "."));
        upload.getElement().setAttribute("aria-label", "Upload an illustration");
        uploadProblem.addClassName("field-problem");
        add(upload, uploadProblem);
    }

    List<TypedIllustration> value() {
        return List.copyOf(illustrations);
    }

    void setValue(List<TypedIllustration> value) {
        illustrations.clear();
        illustrations.addAll(value);
        render();
    }

    /** An image stays with its step when steps move; one whose step goes is kept for the whole drill. */
    void renumber(StepsField.Renumbering renumbering) {
        illustrations.replaceAll(image -> image.step() == null ? image
                : new TypedIllustration(image.media(), image.alt(), renumbering.of(image.step())));
        render();
    }

    /** The steps an image may illustrate follow the steps as they are edited. */
    void setStepCount(int count) {
        if (count != steps) {
            steps = count;
            render();
        }
    }

    private void render() {
        rows.removeAll();
        messages.unbindItems("illustrations");
        for (int i = 0; i < illustrations.size(); i++) {
            int index = i;
            var current = illustrations.get(i);
            var image = new Image(MediaLibrary.url(current.media()), current.alt());
            image.addClassName("admin-illustration");
            var alt = new TextField("Illustration " + (i + 1) + ": what it shows");
            alt.setRequired(true);
            alt.setValue(current.alt());
            alt.setValueChangeMode(ValueChangeMode.LAZY);
            alt.addValueChangeListener(change -> update(index, new TypedIllustration(current.media(),
                    change.getValue(), illustrations.get(index).step())));
            var shows = new Select<Integer>();
            shows.setLabel("Illustration " + (i + 1) + " shows");
            shows.setItems(IntStream.rangeClosed(0, Math.max(steps, current.step() == null ? 0 : current.step()))
                    .boxed().toList());
            shows.setItemLabelGenerator(step -> step == 0 ? "The whole drill" : "Step " + step);
            shows.setValue(current.step() == null ? 0 : current.step());
            shows.addValueChangeListener(change -> update(index, new TypedIllustration(current.media(),
                    illustrations.get(index).alt(), change.getValue() == null || change.getValue() == 0 ? null
                    : change.getValue())));
            messages.bind("illustrations[" + i + "]", alt);
            messages.bind("illustrations[" + i + "].alt", alt);
            messages.bind("illustrations[" + i + "].step", shows);
            var remove = new Button("Remove", click -> {
                illustrations.remove(index);
                render();
                changed.run();
            });
            remove.setAriaLabel("Remove illustration " + (i + 1));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            var row = new Div(image, alt, shows, remove);
            row.addClassName("admin-list-field__row");
            rows.add(row);
        }
    }

    private void update(int index, TypedIllustration illustration) {
        illustrations.set(index, illustration);
        changed.run();
    }
}
