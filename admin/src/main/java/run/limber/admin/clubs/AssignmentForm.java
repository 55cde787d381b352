package run.limber.admin.clubs;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.List;
import run.limber.admin.editorial.FieldMessages;
import run.limber.domain.clubs.GroupSummary;
import run.limber.domain.clubs.MemberSummary;
import run.limber.domain.clubs.assignments.NewAssignment;
import run.limber.domain.routines.PublishedRoutine;

/** A new assignment: a published routine by name, for a group or one member, and its schedule. */
class AssignmentForm extends Section {

    private static final String GROUP = "A group";
    private static final String MEMBER = "One member";

    private final ComboBox<PublishedRoutine> routine = new ComboBox<>("Routine");
    private final RadioButtonGroup<String> target = new RadioButtonGroup<>("For");
    private final Select<GroupSummary> group = new Select<>();
    private final ComboBox<MemberSummary> member = new ComboBox<>("Member");
    private final FieldMessages messages = new FieldMessages();
    private final ScheduleFields schedule = new ScheduleFields(messages);

    AssignmentForm() {
        addClassName("admin-section");
        routine.setItemLabelGenerator(PublishedRoutine::name);
        routine.setHelperText("Pinned to the version published now; you decide when it moves to a newer one.");
        target.setItems(GROUP, MEMBER);
        target.setValue(GROUP);
        group.setLabel("Group");
        group.setItemLabelGenerator(GroupSummary::name);
        member.setItemLabelGenerator(MemberSummary::displayName);
        member.setVisible(false);
        target.addValueChangeListener(change -> {
            group.setVisible(GROUP.equals(change.getValue()));
            member.setVisible(MEMBER.equals(change.getValue()));
        });
        routine.setManualValidation(true);
        target.setManualValidation(true);
        member.setManualValidation(true);
        messages.bind("routine", routine);
        messages.bind("groupId", target);
        messages.bind("memberId", member);
        var assign = new Button("Assign", click -> fireEvent(new Submitted(this, read())));
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("New assignment"), routine, target, group, member, schedule, assign);
    }

    /** What may be chosen: the published routines, the club's groups, and its members fetched by name as typed. */
    void options(List<PublishedRoutine> routines, List<GroupSummary> groups,
                 CallbackDataProvider.FetchCallback<MemberSummary, String> members) {
        routine.setItems(routines);
        group.setItems(groups);
        member.setItems(members);
    }

    void startsOn(LocalDate today) {
        schedule.startsOn(today);
    }

    FieldMessages messages() {
        return messages;
    }

    private NewAssignment read() {
        boolean forGroup = GROUP.equals(target.getValue());
        Long groupId = forGroup && group.getValue() != null ? group.getValue().id() : null;
        Long memberId = !forGroup && member.getValue() != null ? member.getValue().accountId() : null;
        var when = schedule.read();
        return new NewAssignment(routine.getValue() == null ? null : routine.getValue().slug(), groupId, memberId,
                when.days(), when.context(), when.startsOn(), when.endsOn(), when.weeklyTarget());
    }

    Registration addSubmittedListener(ComponentEventListener<Submitted> listener) {
        return addListener(Submitted.class, listener);
    }

    /** The assignment as typed, to be checked by the domain. */
    static final class Submitted extends ComponentEvent<AssignmentForm> {

        private final NewAssignment assignment;

        Submitted(AssignmentForm source, NewAssignment assignment) {
            super(source, true);
            this.assignment = assignment;
        }

        NewAssignment assignment() {
            return assignment;
        }
    }
}
