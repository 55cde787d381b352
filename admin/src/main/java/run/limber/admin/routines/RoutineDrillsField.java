package run.limber.admin.routines;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import run.limber.admin.editorial.FieldMessages;
import run.limber.admin.editorial.ListField;
import run.limber.admin.editorial.Json;
import run.limber.domain.drills.PublishedDrill;

/**
 * The routine's drills in order, chosen from the published ones: add, move up and down, remove, and
 * optionally a rep count for this routine only (empty keeps the drill's own).
 */
class RoutineDrillsField extends ListField {

    /** One drill in the routine as typed: its slug and an optional rep override. */
    record Entry(String drill, Integer min, Integer max) {
    }

    private final Map<String, PublishedDrill> published;
    private final List<Entry> entries = new ArrayList<>();
    private final FieldMessages messages;
    private final Runnable changed;

    RoutineDrillsField(List<PublishedDrill> drills, FieldMessages messages, Runnable changed) {
        super("Drills, in order");
        this.published = drills.stream().collect(Collectors.toMap(PublishedDrill::slug, Function.identity()));
        this.messages = messages;
        this.changed = changed;
        var choose = new ComboBox<PublishedDrill>("Add a published drill");
        choose.setItems(drills);
        choose.setItemLabelGenerator(drill -> drill.content().name());
        choose.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                entries.add(new Entry(change.getValue().slug(), null, null));
                choose.clear();
                render();
                changed.run();
            }
        });
        add(choose);
    }

    List<Entry> value() {
        return List.copyOf(entries);
    }

    void setValue(List<Entry> value) {
        entries.clear();
        entries.addAll(value);
        render();
    }

    ArrayNode json() {
        var array = Json.object().arrayNode();
        for (Entry entry : entries) {
            var item = array.addObject().put("drill", entry.drill());
            if (entry.min() != null || entry.max() != null) {
                item.putObject("reps").put("min", entry.min()).put("max", entry.max() == null ? entry.min() : entry.max());
            }
        }
        return array;
    }

    private void render() {
        rows.removeAll();
        messages.unbindItems("drills");
        for (int i = 0; i < entries.size(); i++) {
            int index = i;
            Entry entry = entries.get(i);
            PublishedDrill drill = published.get(entry.drill());
            var name = new Span((i + 1) + ". " + (drill == null ? entry.drill() + " (not published)" : drill.content().name()));
            var min = reps("Reps from (optional)", entry.min(), value -> new Entry(entry.drill(), value, entries.get(index).max()), index);
            var max = reps("to", entry.max(), value -> new Entry(entry.drill(), entries.get(index).min(), value), index);
            messages.bind("drills[" + i + "]", min);
            messages.bind("drills[" + i + "].reps.max", max);
            var row = new Div(name, min, max, move("Move up", index, index - 1), move("Move down", index, index + 1),
                    remove(index));
            row.addClassName("admin-list-field__row");
            rows.add(row);
        }
    }

    private IntegerField reps(String label, Integer value, Function<Integer, Entry> update, int index) {
        var field = new IntegerField(label);
        field.setValue(value);
        field.setMin(1);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(change -> {
            entries.set(index, update.apply(change.getValue()));
            changed.run();
        });
        return field;
    }

    private Button move(String text, int from, int to) {
        var button = new Button(text, click -> {
            Collections.swap(entries, from, to);
            render();
            changed.run();
        });
        button.setAriaLabel(text + ": drill " + (from + 1));
        button.setEnabled(to >= 0 && to < entries.size());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private Button remove(int index) {
        var button = new Button("Remove", click -> {
            entries.remove(index);
            render();
            changed.run();
        });
        button.setAriaLabel("Remove drill " + (index + 1));
        button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
