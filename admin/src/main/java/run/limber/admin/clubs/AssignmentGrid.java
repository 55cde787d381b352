package run.limber.admin.clubs;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import run.limber.admin.base.Labels;
import run.limber.domain.clubs.assignments.Assignment;
import run.limber.domain.clubs.assignments.AssignmentStatus;

/** A club's assignments: what, for whom, when, the weekly target, status and open notices; reschedule or end each. */
class AssignmentGrid extends Grid<Assignment> {

    enum Kind { RESCHEDULE, END }

    AssignmentGrid(Function<Assignment, String> routineName, Function<Assignment, String> forWhom) {
        addColumn(routineName::apply).setHeader("Routine").setFlexGrow(1);
        addColumn(forWhom::apply).setHeader("For").setFlexGrow(1);
        addColumn(assignment -> assignment.days().stream()
                .map(day -> day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).collect(Collectors.joining(" ")))
                .setHeader("Days").setAutoWidth(true);
        addColumn(assignment -> Labels.words(assignment.context())).setHeader("When").setAutoWidth(true);
        addColumn(assignment -> assignment.startsOn() + (assignment.endsOn() == null ? " on" : " – "
                + assignment.endsOn())).setHeader("Dates").setAutoWidth(true);
        addColumn(Assignment::weeklyTarget).setHeader("A week").setAutoWidth(true).setFlexGrow(0);
        addColumn(assignment -> Labels.words(assignment.status())).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(Assignment::openNotices).setHeader("Notices").setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addClassName("admin-grid");
        setAriaLabel("Assignments");
    }

    private Div actions(Assignment assignment) {
        var actions = new Div();
        actions.addClassName("coach-actions");
        if (assignment.status() == AssignmentStatus.ACTIVE) {
            actions.add(button("Reschedule…", Kind.RESCHEDULE, assignment),
                    button("End…", Kind.END, assignment));
        }
        return actions;
    }

    private Button button(String text, Kind kind, Assignment assignment) {
        var button = new Button(text, click -> fireEvent(new Action(this, kind, assignment)));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(text.replace("…", "") + " " + assignment.routine() + " #" + assignment.id());
        return button;
    }

    Registration addActionListener(ComponentEventListener<Action> listener) {
        return addListener(Action.class, listener);
    }

    /** The coach asked to reschedule or end an assignment. */
    static final class Action extends ComponentEvent<AssignmentGrid> {

        private final Kind kind;
        private final Assignment assignment;

        Action(AssignmentGrid source, Kind kind, Assignment assignment) {
            super(source, true);
            this.kind = kind;
            this.assignment = assignment;
        }

        Kind kind() {
            return kind;
        }

        Assignment assignment() {
            return assignment;
        }
    }
}
