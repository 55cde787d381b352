package run.limber.admin.drills;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import run.limber.admin.editorial.FieldMessages;
import run.limber.admin.editorial.ListField;
import run.limber.domain.drills.TipKind;

/** The drill's coaching tips, each of a kind (pro tip, key point, …): add and remove. */
class TipsField extends ListField {

    /** A tip as typed: either part may still be missing. */
    record TypedTip(TipKind kind, String text) {
    }

    private final List<TypedTip> tips = new ArrayList<>();
    private final FieldMessages messages;
    private final Runnable changed;

    TipsField(FieldMessages messages, Runnable changed) {
        super("Tips");
        this.messages = messages;
        this.changed = changed;
        var add = new Button("Add tip", click -> {
            tips.add(new TypedTip(TipKind.PRO_TIP, ""));
            render();
            changed.run();
        });
        add(add);
    }

    List<TypedTip> value() {
        return List.copyOf(tips);
    }

    void setValue(List<TypedTip> value) {
        tips.clear();
        tips.addAll(value);
        render();
    }

    private void render() {
        rows.removeAll();
        messages.unbindItems("tips");
        for (int i = 0; i < tips.size(); i++) {
            int index = i;
            var kind = new Select<TipKind>();
            kind.setLabel("Tip " + (i + 1) + " kind");
            kind.setItems(TipKind.values());
            kind.setItemLabelGenerator(TipKind::label);
            kind.setValue(tips.get(i).kind());
            kind.addValueChangeListener(change -> update(index, new TypedTip(change.getValue(), tips.get(index).text())));
            var text = new TextArea("Tip " + (i + 1));
            text.setValue(tips.get(i).text());
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.setWidthFull();
            text.addValueChangeListener(change -> update(index, new TypedTip(tips.get(index).kind(), change.getValue())));
            messages.bind("tips[" + i + "].kind", kind);
            messages.bind("tips[" + i + "]", text);
            var remove = new Button("Remove", click -> {
                tips.remove(index);
                render();
                changed.run();
            });
            remove.setAriaLabel("Remove tip " + (i + 1));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            var row = new Div(kind, text, remove);
            row.addClassName("admin-list-field__row");
            rows.add(row);
        }
    }

    private void update(int index, TypedTip tip) {
        tips.set(index, tip);
        changed.run();
    }
}
