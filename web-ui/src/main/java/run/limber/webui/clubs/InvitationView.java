package run.limber.webui.clubs;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import run.limber.domain.clubs.ClubInvitations;
import run.limber.domain.clubs.JoinPreview;
import run.limber.domain.clubs.SharingChoices;
import run.limber.webui.base.RunnerLayout;

/** The link of an invitation by email; it works only for the account with the invited address. */
@Route(value = "clubs/invitation/:token", layout = RunnerLayout.class)
@PageTitle("Join a club · Limber")
@PermitAll
public class InvitationView extends JoinPage {

    private final ClubInvitations invitations;

    public InvitationView(ClubInvitations invitations) {
        this.invitations = invitations;
    }

    @Override
    JoinPreview preview(String token) {
        return invitations.preview(token);
    }

    @Override
    void join(String token, SharingChoices sharing) {
        invitations.accept(token, sharing);
    }

    @Override
    String parameter() {
        return "token";
    }
}
