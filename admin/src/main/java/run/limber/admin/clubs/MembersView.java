package run.limber.admin.clubs;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Set;
import java.util.stream.Collectors;
import run.limber.admin.base.Labels;
import run.limber.domain.clubs.ClubAccess;
import run.limber.domain.clubs.ClubDetails;
import run.limber.domain.clubs.ClubGroups;
import run.limber.domain.clubs.ClubMembers;
import run.limber.domain.clubs.ClubRole;
import run.limber.domain.clubs.ClubService;
import run.limber.domain.clubs.MemberSummary;
import run.limber.domain.shared.PageRequest;

/**
 * The club's people with role, groups, joined date and (only where shared) email, each name linking to the member's
 * page; roles, ownership, groups, removal.
 */
@Route(value = "coach/" + ClubPage.CLUB + "/members", layout = CoachLayout.class)
@PermitAll
public class MembersView extends ClubPage {

    private final ClubMembers members;
    private final ClubGroups groups;
    private final ClubAccess access;
    private final TextField search = new TextField("Search by name");
    private final Grid<MemberSummary> grid = new Grid<>();

    public MembersView(ClubService clubs, ClubMembers members, ClubGroups groups, ClubAccess access) {
        super(clubs, "Members");
        this.members = members;
        this.groups = groups;
        this.access = access;
        search.setMaxLength(100);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addClassName("admin-search");
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        grid.addComponentColumn(member -> MemberLinks.to(clubId(), member.accountId(), member.displayName()))
                .setHeader("Name").setFlexGrow(1).setWidth("10rem");
        grid.addColumn(member -> Labels.words(member.role())).setHeader("Role").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(member -> member.groups().stream().map(MemberSummary.GroupRef::name)
                .collect(Collectors.joining(", "))).setHeader("Groups").setFlexGrow(1);
        grid.addColumn(member -> Labels.utc(member.joinedAt(), "")).setHeader("Joined (UTC)").setAutoWidth(true);
        grid.addColumn(member -> member.email() == null ? "Not shared" : member.email()).setHeader("Email")
                .setFlexGrow(1);
        grid.addComponentColumn(member -> {
            var actions = new MemberActions(member, club.role(), access.callerId());
            actions.addActionListener(this::act);
            return actions;
        }).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.setPageSize(PageRequest.MAX_SIZE);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("admin-grid");
        grid.setAriaLabel("Members");
        add(search, grid);
    }

    @Override
    protected void opened(ClubDetails club) {
        grid.setItems(query -> members.list(club.id(), search.getValue(),
                        new PageRequest(query.getPage(), query.getPageSize())).items().stream(),
                query -> (int) members.list(club.id(), search.getValue(), PageRequest.first(1)).total());
    }

    private void act(MemberActions.Action action) {
        var member = action.member();
        switch (action.kind()) {
            case MAKE_COACH -> change(() -> members.setRole(clubId(), member.accountId(), ClubRole.COACH),
                    member.displayName() + " is now a coach.");
            case MAKE_MEMBER -> change(() -> members.setRole(clubId(), member.accountId(), ClubRole.MEMBER),
                    member.displayName() + " is a member again.");
            case HAND_OVER -> Confirm.ask("Hand the club on to " + member.displayName() + "?",
                    "They become the owner and you stay on as a coach. Only they can hand it back.", "Hand it on",
                    () -> change(() -> members.handOver(clubId(), member.accountId()),
                            member.displayName() + " owns the club now."));
            case REMOVE -> Confirm.ask("Remove " + member.displayName() + " from the club?",
                    "Their groups and own assignments go with them; they can join again with the link.", "Remove",
                    () -> change(() -> members.remove(clubId(), member.accountId()),
                            member.displayName() + " was removed."));
            case GROUPS -> {
                var picker = new GroupPicker(member, groups.list(clubId()));
                picker.addChosenListener(chosen -> change(() -> regroup(member, chosen.groupIds()),
                        "Groups of " + member.displayName() + " saved."));
                picker.open();
            }
        }
    }

    private void regroup(MemberSummary member, Set<Long> wanted) {
        Set<Long> current = member.groups().stream().map(MemberSummary.GroupRef::id).collect(Collectors.toSet());
        wanted.stream().filter(id -> !current.contains(id)).forEach(id -> groups.add(clubId(), id, member.accountId()));
        current.stream().filter(id -> !wanted.contains(id))
                .forEach(id -> groups.remove(clubId(), id, member.accountId()));
    }

    private void change(Runnable action, String done) {
        if (problems.attempt(action)) {
            Notification.show(done);
            club = clubs.get(clubId()); // a hand-over changes the caller's own role
        }
        grid.getDataProvider().refreshAll();
    }
}
