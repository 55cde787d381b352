package run.limber.admin.clubs;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import run.limber.admin.editorial.FieldMessages;
import run.limber.domain.clubs.ClubDetails;
import run.limber.domain.clubs.ClubInvitations;
import run.limber.domain.clubs.ClubMembership;
import run.limber.domain.clubs.ClubService;

/** The club's name, zone and description, joining by link, invitations, one's digest, and deleting the club. */
@Route(value = "coach/" + ClubPage.CLUB + "/settings", layout = CoachLayout.class)
@PermitAll
public class SettingsView extends ClubPage {

    private final ClubInvitations invitations;
    private final ClubMembership membership;
    private final ClubFields fields = new ClubFields();
    private final JoinPanel join = new JoinPanel();
    private final EmailField email = new EmailField("Email address to invite");
    private final FieldMessages inviteMessages = new FieldMessages();
    private final Checkbox digest = new Checkbox("Email me the Monday digest of who fell behind");
    private final Section danger = new Section();
    private long version;

    public SettingsView(ClubService clubs, ClubInvitations invitations, ClubMembership membership) {
        super(clubs, "Settings");
        this.invitations = invitations;
        this.membership = membership;
        var save = new Button("Save the details", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addAskedListener(asked -> problems.attempt(() -> show(switch (asked.kind()) {
            case ROTATE -> clubs.rotateJoinCode(clubId());
            case SWITCH_OFF -> clubs.closeJoining(clubId());
        })));
        email.setMaxLength(254);
        email.setManualValidation(true);
        inviteMessages.bind("email", email);
        var invite = new Button("Send the invitation", click -> invite());
        var invitationRow = new Div(email, invite);
        invitationRow.addClassName("admin-list__tools");
        digest.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                problems.attempt(() -> membership.wantDigest(clubId(), change.getValue()));
            }
        });
        var delete = new Button("Delete the club…", click -> Confirm.ask("Delete " + club.name() + "?",
                "Its memberships, groups, invitations and assignments are deleted with it. This cannot be undone.",
                "Delete the club", this::delete));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        danger.add(new H2("Delete the club"), delete);
        add(section("Details", fields, save), join, section("Invitations", invitationRow),
                section("Your digest", digest), danger);
        danger.addClassName("admin-section");
    }

    @Override
    protected void opened(ClubDetails club) {
        show(club);
        fields.fill(club);
        digest.setValue(membership.mine(club.id()).wantsDigest());
        danger.setVisible(owner());
    }

    private void show(ClubDetails details) {
        club = details;
        version = details.version();
        join.show(details);
    }

    private void save() {
        if (problems.attempt(() -> show(clubs.update(clubId(), version, fields.name(), fields.zone(),
                fields.description())), fields.messages(), this::overtaken)) {
            Notification.show("Details saved.");
        }
    }

    /** Someone saved first: their version becomes the base, the typed text stays for the coach to save again. */
    private void overtaken() {
        var theirs = clubs.get(clubId());
        show(theirs);
        problems.show("Someone else saved the club's details while you were editing (name now \"" + theirs.name()
                + "\", time zone " + theirs.timeZone() + "). Your text is still here: save again to replace theirs,"
                + " or reload the page to keep theirs.");
    }

    private void invite() {
        if (problems.attempt(() -> invitations.invite(clubId(), email.getValue()), inviteMessages)) {
            Notification.show("Invitation sent to " + email.getValue().strip() + "; the link works for a week.");
            email.clear();
        }
    }

    private void delete() {
        if (problems.attempt(() -> clubs.delete(clubId()))) {
            Notification.show("The club was deleted.");
            UI.getCurrent().navigate(CoachHomeView.class);
        }
    }

    private static Section section(String heading, com.vaadin.flow.component.Component... content) {
        var section = new Section(new H2(heading));
        section.add(content);
        section.addClassName("admin-section");
        return section;
    }
}
