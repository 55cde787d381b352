package run.limber.admin.routines;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import run.limber.admin.editorial.ContentForm;
import run.limber.admin.editorial.Json;
import run.limber.admin.editorial.SlugField;
import run.limber.domain.content.Timing;
import run.limber.domain.drills.PublishedDrill;
import run.limber.domain.routines.RoutineContent;
import run.limber.domain.routines.WeeklyFrequency;

/** A routine: its name, when it fits, how often a week, and its drills in order. */
class RoutineForm extends ContentForm<RoutineContent> {

    private final TextField name = new TextField("Name");
    private final SlugField slug = new SlugField();
    private final TextArea description = new TextArea("Description");
    private final CheckboxGroup<Timing> timings = new CheckboxGroup<>("When it fits");
    private final IntegerField fewest = new IntegerField("Times a week, at least");
    private final IntegerField most = new IntegerField("Times a week, at most");
    private final RoutineDrillsField drills;

    RoutineForm(List<PublishedDrill> published) {
        addClassName("admin-form");
        drills = new RoutineDrillsField(published, messages, this::changed);
        name.setRequired(true);
        name.setWidthFull();
        name.setValueChangeMode(ValueChangeMode.LAZY);
        slug.suggestFrom(name);
        description.setWidthFull();
        description.setValueChangeMode(ValueChangeMode.LAZY);
        timings.setItems(Timing.values());
        timings.setItemLabelGenerator(Timing::label);
        for (IntegerField field : List.of(fewest, most)) {
            field.setMin(1);
            field.setMax(WeeklyFrequency.MAX_PER_WEEK);
            field.setStepButtonsVisible(true);
        }
        List.<HasValue<?, ?>>of(name, slug, description, timings, fewest, most)
                .forEach(field -> field.addValueChangeListener(change -> changed()));
        messages.bind("slug", slug);
        messages.bind("name", name);
        messages.bind("description", description);
        messages.bind("timings", timings);
        messages.bind("frequency", fewest);
        messages.bind("frequency.min", fewest);
        messages.bind("frequency.max", most);
        messages.bind("drills", drills);
        var frequency = new Div(fewest, most);
        frequency.addClassName("admin-list-field__row");
        add(name, slug, description, timings, frequency, drills);
    }

    @Override
    public void read(RoutineContent routine) {
        name.setValue(routine.name());
        slug.fix(routine.slug());
        description.setValue(routine.description() == null ? "" : routine.description());
        timings.setValue(routine.timings());
        fewest.setValue(routine.frequency().min());
        most.setValue(routine.frequency().max());
        drills.setValue(routine.drills().stream().map(drill -> new RoutineDrillsField.Entry(drill.drill(),
                drill.reps() == null ? null : drill.reps().min(), drill.reps() == null ? null : drill.reps().max()))
                .toList());
    }

    @Override
    public ObjectNode write() {
        var json = Json.object();
        json.put("slug", Json.text(slug.getValue()));
        json.put("name", Json.text(name.getValue()));
        json.put("description", Json.text(description.getValue()));
        json.set("timings", Json.array(timings.getValue()));
        json.putObject("frequency").put("min", fewest.getValue()).put("max", most.getValue());
        json.set("drills", drills.json());
        return json;
    }

    String name() {
        return name.getValue();
    }

    List<RoutineDrillsField.Entry> drills() {
        return drills.value();
    }

    Integer fewest() {
        return fewest.getValue();
    }

    Integer most() {
        return most.getValue();
    }
}
