package run.limber.webui.progress;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.shared.Registration;
import run.limber.domain.accounts.AccountRules;
import run.limber.domain.shared.ValidationException;
import run.limber.webui.base.FieldProblems;

/** The weekly goal, a number of sessions within {@link AccountRules}' limits; fires {@link SaveEvent}. */
class GoalForm extends Div {

    private final FieldProblems problems = new FieldProblems();
    private final IntegerField sessions = problems.add("sessionsPerWeek", new IntegerField("Sessions per week"));
    private final Paragraph status = new Paragraph();

    GoalForm(int goal) {
        addClassNames("form", "goal-form");
        sessions.setMin(AccountRules.MIN_WEEKLY_GOAL);
        sessions.setMax(AccountRules.MAX_WEEKLY_GOAL);
        sessions.setStepButtonsVisible(true);
        sessions.setHelperText("Three or four a week is what the routine is built for.");
        sessions.setValue(goal);
        sessions.addValueChangeListener(change -> status.setText(""));
        status.getElement().setAttribute("role", "status");
        add(sessions, new Button("Save goal", click -> fireEvent(new SaveEvent(this))), status);
    }

    void saved(int goal) {
        sessions.setValue(goal);
        status.setText("Saved.");
    }

    void show(ValidationException invalid) {
        problems.show(invalid);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The runner asked to keep this goal; null when the field is empty. */
    static final class SaveEvent extends ComponentEvent<GoalForm> {

        SaveEvent(GoalForm form) {
            super(form, false);
        }

        Integer sessionsPerWeek() {
            return getSource().sessions.getValue();
        }
    }
}
