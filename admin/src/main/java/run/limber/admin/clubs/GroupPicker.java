package run.limber.admin.clubs;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import run.limber.domain.clubs.GroupSummary;
import run.limber.domain.clubs.MemberSummary;

/** A dialog that puts one member in some of the club's groups and takes them out of the others. */
class GroupPicker extends Dialog {

    private final CheckboxGroup<GroupSummary> groups = new CheckboxGroup<>("Groups");
    private final MemberSummary member;

    GroupPicker(MemberSummary member, List<GroupSummary> all) {
        this.member = member;
        setHeaderTitle("Groups of " + member.displayName());
        groups.setItems(all);
        groups.setItemLabelGenerator(GroupSummary::name);
        Set<Long> in = member.groups().stream().map(MemberSummary.GroupRef::id).collect(Collectors.toSet());
        groups.setValue(all.stream().filter(group -> in.contains(group.id())).collect(Collectors.toSet()));
        if (all.isEmpty()) {
            add(new Paragraph("The club has no groups yet: create them on the Groups page."));
        } else {
            add(groups);
        }
        var save = new Button("Save groups", click -> {
            fireEvent(new Chosen(this, groups.getValue().stream().map(GroupSummary::id).collect(Collectors.toSet())));
            close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(!all.isEmpty());
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    MemberSummary member() {
        return member;
    }

    Registration addChosenListener(ComponentEventListener<Chosen> listener) {
        return addListener(Chosen.class, listener);
    }

    /** The groups the member should be in, by id. */
    static final class Chosen extends ComponentEvent<GroupPicker> {

        private final Set<Long> groupIds;

        Chosen(GroupPicker source, Set<Long> groupIds) {
            super(source, true);
            this.groupIds = Set.copyOf(groupIds);
        }

        Set<Long> groupIds() {
            return groupIds;
        }
    }
}
