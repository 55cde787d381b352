package run.limber.admin.clubs;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.shared.Registration;
import run.limber.admin.editorial.FieldMessages;
import run.limber.domain.clubs.assignments.Assignment;
import run.limber.domain.clubs.assignments.Schedule;

/** Changes when an assignment is done; what it plays stays pinned. Stays open with what was typed when refused. */
class ScheduleDialog extends Dialog {

    private final FieldMessages messages = new FieldMessages();
    private final Problems problems = new Problems();
    private final Assignment assignment;

    ScheduleDialog(Assignment assignment) {
        this.assignment = assignment;
        setHeaderTitle("Reschedule " + assignment.routine());
        var fields = new ScheduleFields(messages);
        fields.fill(assignment);
        var save = new Button("Save the schedule", click -> fireEvent(new Rescheduled(this, fields.read())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(problems, fields);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    Assignment assignment() {
        return assignment;
    }

    FieldMessages messages() {
        return messages;
    }

    Problems problems() {
        return problems;
    }

    Registration addRescheduledListener(ComponentEventListener<Rescheduled> listener) {
        return addListener(Rescheduled.class, listener);
    }

    /** The schedule as typed. */
    static final class Rescheduled extends ComponentEvent<ScheduleDialog> {

        private final Schedule schedule;

        Rescheduled(ScheduleDialog source, Schedule schedule) {
            super(source, true);
            this.schedule = schedule;
        }

        Schedule schedule() {
            return schedule;
        }
    }
}
