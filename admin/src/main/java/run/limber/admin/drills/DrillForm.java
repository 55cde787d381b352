package run.limber.admin.drills;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import run.limber.admin.editorial.ContentForm;
import run.limber.admin.editorial.Json;
import run.limber.admin.editorial.SlugField;
import run.limber.domain.content.Timing;
import run.limber.domain.drills.DrillContent;
import run.limber.domain.drills.TargetArea;
import run.limber.domain.media.MediaLibrary;

/** Every field of a drill. */
class DrillForm extends ContentForm<DrillContent> {

    private final TextField name = new TextField("Name");
    private final SlugField slug = new SlugField();
    private final TextField focus = new TextField("Focus");
    private final CheckboxGroup<TargetArea> targetAreas = new CheckboxGroup<>("Target areas");
    private final CheckboxGroup<Timing> timings = new CheckboxGroup<>("When it fits");
    private final TextArea whyItMatters = new TextArea("Why it matters");
    private final TextArea setup = new TextArea("Setup");
    private final StepsField steps = new StepsField(messages, this::changed);
    private final TextArea feel = new TextArea("What you should feel");
    private final TipsField tips = new TipsField(messages, this::changed);
    private final PrescriptionFields prescription = new PrescriptionFields(messages, this::changed);
    private final IllustrationsField illustrations;

    DrillForm(MediaLibrary media) {
        illustrations = new IllustrationsField(media, messages, this::changed);
        steps.onRenumber(illustrations::renumber);
        addClassName("admin-form");
        name.setRequired(true);
        slug.suggestFrom(name);
        targetAreas.setItems(TargetArea.values());
        targetAreas.setItemLabelGenerator(TargetArea::label);
        timings.setItems(Timing.values());
        timings.setItemLabelGenerator(Timing::label);
        for (var field : List.of(name, focus)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setWidthFull();
        }
        for (var field : List.of(whyItMatters, setup, feel)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setWidthFull();
        }
        List.of(name, slug, focus, whyItMatters, setup, feel).forEach(field -> field.addValueChangeListener(c -> changed()));
        targetAreas.addValueChangeListener(change -> changed());
        timings.addValueChangeListener(change -> changed());
        messages.bind("slug", slug);
        messages.bind("name", name);
        messages.bind("focus", focus);
        messages.bind("targetAreas", targetAreas);
        messages.bind("timings", timings);
        messages.bind("whyItMatters", whyItMatters);
        messages.bind("setup", setup);
        messages.bind("steps", steps);
        messages.bind("feel", feel);
        add(name, slug, focus, targetAreas, timings, whyItMatters, setup, steps, feel, tips, prescription,
                illustrations);
    }

    @Override
    public void read(DrillContent drill) {
        name.setValue(drill.name());
        slug.fix(drill.slug());
        focus.setValue(orEmpty(drill.focus()));
        targetAreas.setValue(drill.targetAreas());
        timings.setValue(drill.timings());
        whyItMatters.setValue(orEmpty(drill.whyItMatters()));
        setup.setValue(orEmpty(drill.setup()));
        steps.setValue(drill.steps());
        feel.setValue(orEmpty(drill.feel()));
        tips.setValue(drill.tips().stream().map(tip -> new TipsField.TypedTip(tip.kind(), tip.text())).toList());
        prescription.setValue(drill.prescription());
        illustrations.setStepCount(drill.steps().size());
        illustrations.setValue(drill.illustrations().stream()
                .map(image -> new IllustrationsField.TypedIllustration(image.media(), image.alt(), image.step()))
                .toList());
    }

    @Override
    public ObjectNode write() {
        var json = Json.object();
        json.put("slug", Json.text(slug.getValue()));
        json.put("name", Json.text(name.getValue()));
        json.put("focus", Json.text(focus.getValue()));
        json.set("targetAreas", Json.array(targetAreas.getValue()));
        json.set("timings", Json.array(timings.getValue()));
        json.put("whyItMatters", Json.text(whyItMatters.getValue()));
        json.put("setup", Json.text(setup.getValue()));
        json.set("steps", Json.array(steps.value()));
        json.put("feel", Json.text(feel.getValue()));
        ArrayNode tipList = json.putArray("tips");
        tips.value().forEach(tip -> tipList.addObject()
                .put("kind", tip.kind() == null ? null : tip.kind().name())
                .put("text", Json.text(tip.text())));
        json.set("prescription", prescription.json());
        ArrayNode images = json.putArray("illustrations");
        illustrations.value().forEach(image -> images.addObject().put("media", image.media().toString())
                .put("alt", Json.text(image.alt())).put("step", image.step()));
        return json;
    }

    DrillSketch sketch() {
        return new DrillSketch(name.getValue(), focus.getValue(), targetAreas.getValue(), timings.getValue(),
                whyItMatters.getValue(), setup.getValue(), steps.value(), feel.getValue(), tips.value(),
                prescription.value(), illustrations.value());
    }

    @Override
    protected void changed() {
        illustrations.setStepCount(steps.value().size());
        super.changed();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
