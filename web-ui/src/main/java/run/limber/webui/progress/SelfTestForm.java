package run.limber.webui.progress;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import run.limber.domain.assessments.Assessments;
import run.limber.domain.assessments.NewAssessment;
import run.limber.domain.shared.ValidationException;
import run.limber.webui.base.FieldProblems;

/**
 * Records a self-test: how to do it, the two knee-to-wall distances, the optional hip check, a note. Fires
 * {@link RecordEvent}.
 */
class SelfTestForm extends Div {

    private final FieldProblems problems = new FieldProblems();
    private final NumberField left = problems.add("kneeToWall.leftCm", centimetres("Left foot to wall (cm)"));
    private final NumberField right = problems.add("kneeToWall.rightCm", centimetres("Right foot to wall (cm)"));
    private final IntegerField internalLeft = problems.add("hipRotation.internalLeft", degrees("Left hip, foot out (°)"));
    private final IntegerField internalRight = problems.add("hipRotation.internalRight", degrees("Right hip, foot out (°)"));
    private final IntegerField externalLeft = problems.add("hipRotation.externalLeft", degrees("Left hip, foot in (°)"));
    private final IntegerField externalRight = problems.add("hipRotation.externalRight", degrees("Right hip, foot in (°)"));
    private final TextArea note = problems.add("note", new TextArea("Note (optional)"));
    private final Paragraph status = new Paragraph();

    SelfTestForm() {
        addClassNames("form", "self-test-form");
        note.setMaxLength(Assessments.MAX_NOTE);
        status.getElement().setAttribute("role", "status");
        var knee = new Paragraph("Knee to wall: barefoot, face a wall with one foot in front, big toe pointing at it. "
                + "Keep the heel down and bend the knee until it touches the wall. Slide the foot back bit by bit until "
                + "the knee only just reaches the wall without the heel lifting, then measure from big toe to wall. "
                + "Do the other foot the same way.");
        var hipHowTo = new Paragraph("Sit on a table edge with the shins hanging free and the knees bent square. Keep the "
                + "thigh and pelvis still. Swing one foot outwards as far as it goes (inward hip rotation), then inwards "
                + "(outward hip rotation), and estimate each angle from straight down: on a clock face, the hand moving "
                + "from 6 to 5 is 30°.");
        var hip = new Details("Add the hip rotation check (optional)",
                new Div(hipHowTo, grid(internalLeft, internalRight, externalLeft, externalRight)));
        var save = new Button("Save self-test", click -> fireEvent(new RecordEvent(this)));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(knee, grid(left, right), hip, note, save, status);
    }

    void recorded() {
        problems.clear();
        left.clear();
        right.clear();
        internalLeft.clear();
        internalRight.clear();
        externalLeft.clear();
        externalRight.clear();
        note.clear();
        status.setText("Saved. Test again in four weeks to see the change.");
    }

    void show(ValidationException invalid) {
        status.setText("");
        problems.show(invalid);
    }

    Registration addRecordListener(ComponentEventListener<RecordEvent> listener) {
        return addListener(RecordEvent.class, listener);
    }

    private static Div grid(com.vaadin.flow.component.Component... fields) {
        var grid = new Div(fields);
        grid.addClassName("field-grid");
        return grid;
    }

    private static NumberField centimetres(String label) {
        var field = new NumberField(label);
        field.setMin(0);
        field.setMax(Assessments.MAX_KNEE_TO_WALL_CM.doubleValue());
        field.setStep(0.5);
        return field;
    }

    private static IntegerField degrees(String label) {
        var field = new IntegerField(label);
        field.setMin(0);
        field.setMax(Assessments.MAX_DEGREES);
        return field;
    }

    /** The runner asked to save what the form holds, as typed. */
    static final class RecordEvent extends ComponentEvent<SelfTestForm> {

        RecordEvent(SelfTestForm form) {
            super(form, false);
        }

        NewAssessment assessment() {
            SelfTestForm form = getSource();
            var hip = new NewAssessment.HipRotationInput(form.internalLeft.getValue(), form.internalRight.getValue(),
                    form.externalLeft.getValue(), form.externalRight.getValue());
            return new NewAssessment(null, decimal(form.left.getValue()), decimal(form.right.getValue()), hip,
                    form.note.getValue());
        }

        private static BigDecimal decimal(Double value) {
            return value == null ? null : BigDecimal.valueOf(value);
        }
    }
}
