package run.limber.webui.clubs;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import java.util.LinkedHashMap;
import java.util.Map;
import run.limber.domain.clubs.SharedWithCoaches;
import run.limber.domain.clubs.SharingChoices;

/** One checkbox per thing a member may let a club's coaches see, in the domain's words; all off until ticked. */
class SharingBoxes extends Div {

    private final Map<String, Checkbox> boxes = new LinkedHashMap<>();

    SharingBoxes() {
        addClassName("sharing-choices");
        for (var choice : SharedWithCoaches.IF_CHOSEN) {
            var box = new Checkbox(choice.description());
            box.setId("share-" + choice.name());
            boxes.put(choice.name(), box);
            add(box);
        }
    }

    void show(SharingChoices choices) {
        boxes.get("notes").setValue(choices.notes());
        boxes.get("ease").setValue(choices.ease());
        boxes.get("pain").setValue(choices.pain());
        boxes.get("selfTests").setValue(choices.selfTests());
        boxes.get("email").setValue(choices.email());
    }

    SharingChoices value() {
        return new SharingChoices(ticked("notes"), ticked("ease"), ticked("pain"), ticked("selfTests"), ticked("email"));
    }

    private boolean ticked(String name) {
        return boxes.get(name).getValue();
    }
}
