package run.limber.webui.clubs;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import run.limber.domain.clubs.ClubMembership;
import run.limber.domain.clubs.Membership;
import run.limber.domain.shared.ConflictException;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.NotPermittedException;

/** One club on the account page: the runner's role, their sharing choices (saved on request), and leaving. */
class MembershipCard extends Article {

    private final Membership club;
    private final ClubMembership membership;
    private final SharingBoxes sharing = new SharingBoxes();
    private final Paragraph status = new Paragraph();

    MembershipCard(Membership club, ClubMembership membership) {
        this.club = club;
        this.membership = membership;
        addClassName("club-membership");
        status.getElement().setAttribute("role", "status");
        sharing.show(club.sharing());

        var save = new Button("Save what " + club.clubName() + " sees", click -> save());
        var confirm = new ConfirmDialog();
        confirm.setHeader("Leave " + club.clubName() + "?");
        confirm.setText("Its coaches stop seeing anything of yours at once, and its assignments leave your home page.");
        confirm.setCancelable(true);
        confirm.setCancelText("Stay");
        confirm.setConfirmText("Leave the club");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> leave());
        var leave = new Button("Leave " + club.clubName() + "…", click -> confirm.open());
        leave.addThemeVariants(ButtonVariant.LUMO_ERROR);

        add(new H3(club.clubName()), new Paragraph("Your role: " + roleName()),
                new Paragraph("Its coaches always see your weekly sessions of the routines it assigns you, your streak"
                        + " and your last session date. Besides that they see:"),
                sharing, save, status, leave, confirm);
    }

    private void save() {
        try {
            membership.share(club.clubId(), sharing.value());
            status.setText("Saved: " + club.clubName() + "'s coaches see what is ticked.");
        } catch (NoSuchEntryException gone) {
            status.setText("You are no longer in " + club.clubName() + ".");
        }
    }

    private void leave() {
        try {
            boolean deleted = membership.leave(club.clubId());
            removeAll();
            add(new H3(club.clubName()), status);
            status.setText(deleted ? "You left " + club.clubName() + ", and as its last member deleted it."
                    : "You left " + club.clubName() + ".");
        } catch (ConflictException | NotPermittedException refused) {
            status.setText(refused.getMessage());
        } catch (NoSuchEntryException gone) {
            status.setText("You are no longer in " + club.clubName() + ".");
        }
    }

    private String roleName() {
        String name = club.role().name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
