package run.limber.admin.clubs;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import run.limber.admin.base.Labels;
import run.limber.admin.editorial.FieldMessages;
import run.limber.domain.clubs.assignments.Assignment;
import run.limber.domain.clubs.assignments.Schedule;
import run.limber.domain.sessions.SessionContext;

/**
 * When an assignment is done: days, moment, first and last day, and the sessions a week that meet it, which follows
 * the number of days chosen until the coach types another number.
 */
class ScheduleFields extends Div {

    /** The domain's bound (AssignmentRules). */
    private static final int MAX_TARGET = 14;

    private final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>("Training days");
    private final Select<SessionContext> context = new Select<>();
    private final DatePicker startsOn = new DatePicker("First day");
    private final DatePicker endsOn = new DatePicker("Last day (optional)");
    private final IntegerField target = new IntegerField("Sessions a week that meet it");
    private boolean targetTyped;

    ScheduleFields(FieldMessages messages) {
        addClassName("admin-form");
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        days.addValueChangeListener(change -> {
            if (!targetTyped) {
                target.setValue(change.getValue().isEmpty() ? null : change.getValue().size());
            }
        });
        context.setLabel("When");
        context.setItems(SessionContext.values());
        context.setItemLabelGenerator(Labels::words);
        context.setValue(SessionContext.BEFORE_RUN);
        target.setMin(1);
        target.setMax(MAX_TARGET);
        target.setStepButtonsVisible(true);
        target.setHelperText("One per training day unless you change it.");
        target.addValueChangeListener(change -> targetTyped |= change.isFromClient());
        days.setManualValidation(true); // the domain decides what is valid and says so beside the field
        context.setManualValidation(true);
        startsOn.setManualValidation(true);
        endsOn.setManualValidation(true);
        target.setManualValidation(true);
        messages.bind("days", days);
        messages.bind("context", context);
        messages.bind("startsOn", startsOn);
        messages.bind("endsOn", endsOn);
        messages.bind("weeklyTarget", target);
        add(days, context, startsOn, endsOn, target);
    }

    void fill(Assignment assignment) {
        days.setValue(java.util.Set.copyOf(assignment.days()));
        context.setValue(assignment.context());
        startsOn.setValue(assignment.startsOn());
        endsOn.setValue(assignment.endsOn());
        target.setValue(assignment.weeklyTarget());
        targetTyped = assignment.weeklyTarget() != assignment.days().size();
    }

    /** Today in the club's zone, so a new assignment counts this week wherever the server runs. */
    void startsOn(LocalDate today) {
        startsOn.setValue(today);
    }

    Schedule read() {
        return new Schedule(List.copyOf(days.getValue()), context.getValue(), startsOn.getValue(), endsOn.getValue(),
                target.getValue());
    }
}
