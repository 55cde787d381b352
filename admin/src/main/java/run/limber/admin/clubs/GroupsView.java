package run.limber.admin.clubs;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import run.limber.admin.editorial.FieldMessages;
import run.limber.domain.clubs.ClubDetails;
import run.limber.domain.clubs.ClubGroups;
import run.limber.domain.clubs.ClubService;
import run.limber.domain.clubs.GroupMember;
import run.limber.domain.clubs.GroupSummary;
import run.limber.domain.shared.PageRequest;

/** The club's groups with their member counts: create, rename, delete, and who is in one. */
@Route(value = "coach/" + ClubPage.CLUB + "/groups", layout = CoachLayout.class)
@PermitAll
public class GroupsView extends ClubPage {

    /** The domain's bound on a group name (ClubRules). */
    static final int NAME_MAX = 60;

    private final ClubGroups groups;
    private final TextField name = new TextField("New group's name");
    private final FieldMessages messages = new FieldMessages();
    private final Grid<GroupSummary> grid = new Grid<>();
    private final Section members = new Section();

    public GroupsView(ClubService clubs, ClubGroups groups) {
        super(clubs, "Groups");
        this.groups = groups;
        name.setMaxLength(NAME_MAX);
        name.setManualValidation(true);
        messages.bind("name", name);
        var create = new Button("Create the group", click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div(name, create);
        form.addClassName("admin-list__tools");
        grid.addColumn(GroupSummary::name).setHeader("Group").setFlexGrow(1);
        grid.addColumn(group -> group.memberCount() == null ? 0 : group.memberCount()).setHeader("Members")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Groups");
        members.addClassName("admin-section");
        add(form, grid, members);
    }

    @Override
    protected void opened(ClubDetails club) {
        refresh();
        members.removeAll();
    }

    private void refresh() {
        grid.setItems(groups.list(clubId()));
    }

    private void create() {
        if (problems.attempt(() -> groups.create(clubId(), name.getValue()), messages)) {
            Notification.show("Group " + name.getValue().strip() + " created.");
            name.clear();
            refresh();
        }
    }

    private Div actions(GroupSummary group) {
        var show = small("Members", () -> showMembers(group));
        var rename = small("Rename…", () -> rename(group));
        var delete = small("Delete…", () -> Confirm.ask("Delete the group " + group.name() + "?",
                "Its members stay in the club; assignments made for the group are deleted with it.", "Delete",
                () -> {
                    if (problems.attempt(() -> groups.delete(clubId(), group.id()))) {
                        members.removeAll();
                        refresh();
                    }
                }));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        show.setAriaLabel("Members of " + group.name());
        rename.setAriaLabel("Rename " + group.name());
        delete.setAriaLabel("Delete " + group.name());
        var actions = new Div(show, rename, delete);
        actions.addClassName("coach-actions");
        return actions;
    }

    private void rename(GroupSummary group) {
        var dialog = new NameDialog("Rename " + group.name(), "Group name", group.name(), NAME_MAX);
        dialog.addNamedListener(named -> {
            if (problems.attempt(() -> groups.rename(clubId(), group.id(), named.name()), dialog.messages())) {
                dialog.close();
                refresh();
            }
        });
        dialog.open();
    }

    /** Everyone in the group, a page at a time as the list scrolls, so a group of thousands is listed in full. */
    private void showMembers(GroupSummary group) {
        long clubId = clubId();
        members.removeAll();
        members.add(new H2("In " + group.name()));
        if (groups.members(clubId, group.id(), PageRequest.first(1)).total() == 0) {
            members.add(new Paragraph("Nobody yet: add members to it on the Members page."));
            return;
        }
        var list = new Grid<GroupMember>();
        list.addColumn(GroupMember::displayName).setHeader("Name");
        list.setItems(query -> groups.members(clubId, group.id(), new PageRequest(query.getPage(), query.getPageSize()))
                        .items().stream(),
                query -> (int) groups.members(clubId, group.id(), PageRequest.first(1)).total());
        list.setAriaLabel("Members of " + group.name());
        list.addClassName("coach-group-members");
        members.add(list);
    }

    private static Button small(String text, Runnable action) {
        var button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
