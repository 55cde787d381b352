package run.limber.admin.notes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import run.limber.admin.editorial.ContentForm;
import run.limber.admin.editorial.Json;
import run.limber.admin.editorial.SlugField;
import run.limber.domain.notes.NoteCategory;
import run.limber.domain.notes.NoteContent;
import run.limber.domain.notes.NoteTiming;

/** Every field of a recovery or nutrition note; the body is Markdown. */
class NoteForm extends ContentForm<NoteContent> {

    private final TextField title = new TextField("Title");
    private final SlugField slug = new SlugField();
    private final Select<NoteCategory> category = new Select<>();
    private final Select<NoteTiming> timing = new Select<>();
    private final TextArea body = new TextArea("Body (Markdown)");
    private final Checkbox medicalDisclaimer = new Checkbox("Show the \"not medical advice\" notice");

    NoteForm() {
        addClassName("admin-form");
        title.setRequired(true);
        title.setWidthFull();
        title.setValueChangeMode(ValueChangeMode.LAZY);
        slug.suggestFrom(title);
        category.setLabel("Category");
        category.setItems(NoteCategory.values());
        category.setItemLabelGenerator(NoteCategory::label);
        timing.setLabel("When it applies");
        timing.setItems(NoteTiming.values());
        timing.setItemLabelGenerator(NoteTiming::label);
        timing.setValue(NoteTiming.ANY);
        body.setRequired(true);
        body.setWidthFull();
        body.setMinHeight("16rem");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.setHelperText("Markdown: **bold**, *italic*, lists, links, tables.");
        List.<HasValue<?, ?>>of(title, slug, category, timing, body, medicalDisclaimer)
                .forEach(field -> field.addValueChangeListener(change -> changed()));
        messages.bind("slug", slug);
        messages.bind("title", title);
        messages.bind("category", category);
        messages.bind("timing", timing);
        messages.bind("body", body);
        add(title, slug, category, timing, medicalDisclaimer, body);
    }

    @Override
    public void read(NoteContent note) {
        title.setValue(note.title());
        slug.fix(note.slug());
        category.setValue(note.category());
        timing.setValue(note.timing());
        body.setValue(note.body());
        medicalDisclaimer.setValue(note.medicalDisclaimer());
    }

    @Override
    public ObjectNode write() {
        var json = Json.object();
        json.put("slug", Json.text(slug.getValue()));
        json.put("title", Json.text(title.getValue()));
        json.put("category", category.getValue() == null ? null : category.getValue().name());
        json.put("timing", timing.getValue() == null ? null : timing.getValue().name());
        json.put("body", Json.text(body.getValue()));
        json.put("medicalDisclaimer", medicalDisclaimer.getValue());
        return json;
    }

    String title() {
        return title.getValue();
    }

    String body() {
        return body.getValue();
    }

    boolean medicalDisclaimer() {
        return medicalDisclaimer.getValue();
    }
}
