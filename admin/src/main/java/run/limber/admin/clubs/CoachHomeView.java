package run.limber.admin.clubs;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import run.limber.admin.base.Labels;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.clubs.ClubDetails;
import run.limber.domain.clubs.ClubRole;
import run.limber.domain.clubs.ClubService;
import run.limber.domain.shared.PageRequest;

/** The clubs the signed-in runner owns or coaches, and a form to create one; clubs they are only a member of are not here. */
@Route(value = "coach", layout = CoachLayout.class)
@PageTitle("My clubs · Limber coach")
@PermitAll
public class CoachHomeView extends Div {

    private final ClubService clubs;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph none = new Paragraph("You do not coach a club yet. Create one below, or ask a club's owner"
            + " to make you a coach.");
    private final ClubFields fields = new ClubFields();
    private final Problems problems = new Problems();

    public CoachHomeView(ClubService clubs, AccountService accounts) {
        this.clubs = clubs;
        addClassNames("admin-page", "coach-page");
        list.addClassName("coach-clubs");
        String zone = accounts.current().timeZone();
        if (zone != null && zone.contains("/")) {
            fields.zone(zone);
        }
        var create = new Button("Create the club", click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Section(new H2("Create a club"), fields, problems, create);
        form.addClassName("admin-section");
        add(new H1("My clubs"), none, list, form);
        showClubs();
    }

    private void showClubs() {
        list.removeAll();
        clubs.mine(PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                .filter(club -> club.role().atLeast(ClubRole.COACH))
                .forEach(club -> list.add(new ListItem(link(club))));
        none.setVisible(list.getChildren().findAny().isEmpty());
    }

    private static Div link(ClubDetails club) {
        var role = new Span(Labels.words(club.role()));
        role.addClassName("admin-status");
        var facts = new Span(club.memberCount() + (club.memberCount() == 1 ? " member" : " members") + " · "
                + club.timeZone());
        facts.addClassName("coach-muted");
        var item = new Div(new Anchor("coach/" + club.id(), club.name()), role, facts);
        item.addClassName("coach-club");
        return item;
    }

    private void create() {
        ClubDetails[] created = new ClubDetails[1];
        if (problems.attempt(() -> created[0] = clubs.create(fields.name(), fields.zone(), fields.description()),
                fields.messages())) {
            UI.getCurrent().navigate("coach/" + created[0].id());
        }
    }
}
