package run.limber.admin.drills;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import run.limber.admin.editorial.FieldMessages;
import run.limber.admin.editorial.Json;
import run.limber.domain.drills.Direction;
import run.limber.domain.drills.FootAngle;
import run.limber.domain.drills.Prescription;
import run.limber.domain.drills.RepRange;
import run.limber.domain.drills.Side;
import run.limber.domain.drills.SideUnit;

/**
 * The dose: a fixed count or a range, and the sides, foot angles and directions that multiply it into
 * sets. What one count applies to (each angle, direction, side, or the total) follows from these, as
 * the domain's {@link Prescription#countedPer()} decides; the preview says it in plain words.
 */
class PrescriptionFields extends Div {

    private static final String FIXED = "Fixed count";
    private static final String RANGE = "Range";

    private final RadioButtonGroup<String> count = new RadioButtonGroup<>("Reps");
    private final IntegerField min = new IntegerField();
    private final IntegerField max = new IntegerField("Most reps");
    private final CheckboxGroup<Side> sides = new CheckboxGroup<>("Sides, worked left then right");
    private final Select<SideUnit> sideUnit = new Select<>();
    private final Checkbox alternate = new Checkbox("Alternate sides rep by rep (the count is the total)");
    private final CheckboxGroup<FootAngle> angles = new CheckboxGroup<>("Foot angles");
    private final CheckboxGroup<Direction> directions = new CheckboxGroup<>("Directions");
    private final IntegerField secondsPerRep = new IntegerField("Seconds per rep");

    PrescriptionFields(FieldMessages messages, Runnable changed) {
        addClassName("admin-form__group");
        count.setItems(FIXED, RANGE);
        count.setValue(RANGE);
        count.addValueChangeListener(change -> showRange());
        for (IntegerField field : List.of(min, max, secondsPerRep)) {
            field.setStepButtonsVisible(true);
            field.setValueChangeMode(ValueChangeMode.EAGER);
        }
        min.setMin(1);
        max.setMin(1);
        secondsPerRep.setMin(Prescription.MIN_SECONDS_PER_REP);
        secondsPerRep.setMax(Prescription.MAX_SECONDS_PER_REP);
        sides.setItems(Side.values());
        sides.setItemLabelGenerator(side -> side == Side.LEFT ? "Left" : "Right");
        sideUnit.setLabel("A side is");
        sideUnit.setItems(SideUnit.values());
        sideUnit.setItemLabelGenerator(unit -> unit == SideUnit.LEG ? "a leg" : "a side of the body");
        sideUnit.setValue(SideUnit.LEG);
        angles.setItems(FootAngle.values());
        angles.setItemLabelGenerator(FootAngle::label);
        directions.setItems(Direction.values());
        directions.setItemLabelGenerator(direction -> direction.name().charAt(0)
                + direction.name().substring(1).toLowerCase() + ": " + direction.label());
        showRange();

        messages.bind("prescription", count);
        messages.bind("prescription.reps", min);
        messages.bind("prescription.reps.min", min);
        messages.bind("prescription.reps.max", max);
        messages.bind("prescription.sides", sides);
        messages.bind("prescription.sideUnit", sideUnit);
        messages.bind("prescription.alternateSides", sides);
        messages.bind("prescription.angles", angles);
        messages.bind("prescription.directions", directions);
        messages.bind("prescription.secondsPerRep", secondsPerRep);
        List.<HasValue<?, ?>>of(count, min, max, sides, sideUnit, alternate, angles, directions, secondsPerRep)
                .forEach(field -> field.addValueChangeListener(change -> changed.run()));
        add(new H2("Prescription"), count, min, max, sides, sideUnit, alternate, angles, directions, secondsPerRep);
    }

    void setValue(Prescription prescription) {
        count.setValue(prescription.reps().isFixed() ? FIXED : RANGE);
        min.setValue(prescription.reps().min());
        max.setValue(prescription.reps().max());
        sides.setValue(Set.copyOf(prescription.sides()));
        sideUnit.setValue(prescription.sideUnit());
        alternate.setValue(prescription.alternateSides());
        angles.setValue(Set.copyOf(prescription.angles()));
        directions.setValue(Set.copyOf(prescription.directions()));
        secondsPerRep.setValue(prescription.secondsPerRep());
    }

    ObjectNode json() {
        var reps = Json.object();
        reps.put("min", min.getValue());
        reps.put("max", fixed() ? min.getValue() : max.getValue());
        var json = Json.object();
        json.set("reps", reps);
        json.set("sides", Json.array(ordered(sides.getValue(), Side.class)));
        json.put("sideUnit", sideUnit.getValue() == null ? null : sideUnit.getValue().name());
        json.put("alternateSides", alternate.getValue());
        json.set("angles", Json.array(ordered(angles.getValue(), FootAngle.class)));
        json.set("directions", Json.array(ordered(directions.getValue(), Direction.class)));
        json.put("secondsPerRep", secondsPerRep.getValue());
        return json;
    }

    /** The prescription as typed so far, or empty while it is incomplete or breaks a rule. */
    Optional<Prescription> value() {
        try {
            return Optional.of(new Prescription(new RepRange(min.getValue(), fixed() ? min.getValue() : max.getValue()),
                    List.copyOf(ordered(sides.getValue(), Side.class)), sideUnit.getValue(), alternate.getValue(),
                    List.copyOf(ordered(angles.getValue(), FootAngle.class)),
                    List.copyOf(ordered(directions.getValue(), Direction.class)), secondsPerRep.getValue()));
        } catch (IllegalArgumentException | NullPointerException incomplete) {
            return Optional.empty();
        }
    }

    private boolean fixed() {
        return FIXED.equals(count.getValue());
    }

    private void showRange() {
        min.setLabel(fixed() ? "Reps per set" : "Fewest reps");
        max.setVisible(!fixed());
    }

    /** Checkbox groups answer sets; the domain wants the dimensions in their natural order. */
    private static <E extends Enum<E>> Set<E> ordered(Set<E> chosen, Class<E> type) {
        return chosen.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(chosen);
    }
}
