package run.limber.webui.clubs;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import run.limber.domain.clubs.ClubMembership;
import run.limber.domain.clubs.JoinPreview;
import run.limber.domain.clubs.SharingChoices;
import run.limber.webui.base.RunnerLayout;

/** The link a club shares to join it; signed-in runners only (anyone else signs in or registers, then comes back). */
@Route(value = "clubs/join/:code", layout = RunnerLayout.class)
@PageTitle("Join a club · Limber")
@PermitAll
public class JoinView extends JoinPage {

    private final ClubMembership membership;

    public JoinView(ClubMembership membership) {
        this.membership = membership;
    }

    @Override
    JoinPreview preview(String code) {
        return membership.preview(code);
    }

    @Override
    void join(String code, SharingChoices sharing) {
        membership.join(code, sharing);
    }

    @Override
    String parameter() {
        return "code";
    }
}
