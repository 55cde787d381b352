package run.limber.webui.drills;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import java.util.ArrayList;
import run.limber.domain.drills.PrescribedSet;
import run.limber.domain.drills.Prescription;
import run.limber.domain.drills.RepRange;

/** Every set of a drill in the order it is done, e.g. "Left leg · foot pointing straight ahead · 5–10 reps". */
class SetList extends OrderedList {

    SetList(Prescription prescription) {
        addClassName("set-list");
        prescription.sets().forEach(set -> add(new ListItem(describe(set, prescription))));
    }

    static String describe(PrescribedSet set, Prescription prescription) {
        var parts = new ArrayList<String>();
        if (set.side() != null) {
            parts.add(set.side().label(prescription.sideUnit()));
        } else if (prescription.alternateSides()) {
            parts.add("alternating " + prescription.sideUnit().noun() + "s");
        }
        if (set.angle() != null) {
            parts.add(set.angle().label());
        }
        if (set.direction() != null) {
            parts.add("moving " + set.direction().label());
        }
        parts.add(reps(set.reps(), prescription.alternateSides()));
        return capitalized(String.join(" · ", parts));
    }

    private static String reps(RepRange reps, boolean total) {
        String count = reps.label() + (reps.isFixed() && reps.min() == 1 ? " rep" : " reps");
        return total ? count + " in total" : count;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
