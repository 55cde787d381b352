package run.limber.admin.drills;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import run.limber.admin.editorial.FieldMessages;
import run.limber.admin.editorial.ListField;

/**
 * The drill's ordered steps: add, remove, move up and down. A message about the list as a whole
 * ("Add at least one step.") shows under it; one about a step, beside that step.
 */
class StepsField extends ListField {

    /** Where each step went after a move or a removal: its new number (from 1), or null once removed. */
    @FunctionalInterface
    interface Renumbering {
        Integer of(int oldNumber);
    }

    private final List<String> steps = new ArrayList<>();
    private final FieldMessages messages;
    private final Runnable changed;
    private Consumer<Renumbering> renumbered = renumbering -> { };

    StepsField(FieldMessages messages, Runnable changed) {
        super("Steps");
        this.messages = messages;
        this.changed = changed;
        var add = new Button("Add step", click -> {
            steps.add("");
            render();
            changed.run();
        });
        add(add);
        render();
    }

    List<String> value() {
        return List.copyOf(steps);
    }

    /** Told when steps move or go, so what points at a step by number can follow it. */
    void onRenumber(Consumer<Renumbering> listener) {
        renumbered = listener;
    }

    void setValue(List<String> value) {
        steps.clear();
        steps.addAll(value);
        render();
    }

    private void render() {
        rows.removeAll();
        messages.unbindItems("steps");
        for (int i = 0; i < steps.size(); i++) {
            int index = i;
            var text = new TextArea("Step " + (i + 1));
            text.setValue(steps.get(i));
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.addValueChangeListener(change -> {
                steps.set(index, change.getValue());
                changed.run();
            });
            text.setWidthFull();
            messages.bind("steps[" + i + "]", text);
            var up = move("Move up", index, index - 1);
            var down = move("Move down", index, index + 1);
            var remove = new Button("Remove", click -> {
                steps.remove(index);
                renumbered.accept(old -> old == index + 1 ? null : old > index + 1 ? old - 1 : old);
                render();
                changed.run();
            });
            remove.setAriaLabel("Remove step " + (i + 1));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            up.setEnabled(i > 0);
            down.setEnabled(i < steps.size() - 1);
            var row = new Div(text, new Div(up, down, remove));
            row.addClassName("admin-list-field__row");
            rows.add(row);
        }
    }

    private Button move(String text, int from, int to) {
        var button = new Button(text, click -> {
            Collections.swap(steps, from, to);
            renumbered.accept(old -> old == from + 1 ? to + 1 : old == to + 1 ? from + 1 : old);
            render();
            changed.run();
        });
        // Starts with the visible text, so speech users can say what they see (WCAG 2.5.3).
        button.setAriaLabel(text + ": step " + (from + 1));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
