package run.limber.webui.clubs;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import run.limber.domain.clubs.JoinPreview;
import run.limber.domain.clubs.SharingChoices;
import run.limber.domain.shared.ConflictException;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.webui.base.Links;

/**
 * Joining a club by a link: the club, who coaches it, and exactly what its coaches will see — always, and only if
 * ticked here — before the runner says yes. A link that leads to no club is the not-found page.
 */
@StyleSheet("context://styles/clubs.css")
abstract class JoinPage extends Div implements BeforeEnterObserver {

    /** Longer than any join code or invitation token: anything longer is not looked up at all. */
    private static final int MAX_KEY = 100;

    private String key;

    JoinPage() {
        addClassNames("page", "club-join");
    }

    /** What joining through this link would mean; {@link NoSuchEntryException} when it leads nowhere. */
    abstract JoinPreview preview(String key);

    abstract void join(String key, SharingChoices sharing);

    /** The route parameter that carries the link's key. */
    abstract String parameter();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        key = event.getRouteParameters().get(parameter()).orElse("");
        try {
            if (key.length() > MAX_KEY) {
                throw new NoSuchEntryException("club", "behind this link");
            }
            show(preview(key));
        } catch (NoSuchEntryException unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(JoinPreview club) {
        removeAll();
        add(new H1("Join " + club.clubName()));
        if (club.description() != null && !club.description().isBlank()) {
            add(new Paragraph(club.description()));
        }
        add(new Paragraph(coaches(club) + " " + (club.memberCount() == 1 ? "1 member." : club.memberCount() + " members.")));
        if (club.alreadyMember()) {
            member(club.clubName(), "You are a member of " + club.clubName() + " already.");
            return;
        }
        var always = new UnorderedList();
        club.alwaysShared().forEach(shared -> always.add(new ListItem(shared)));
        var choices = new SharingBoxes();
        var join = new Button("Join " + club.clubName(), click -> joinAs(club.clubName(), choices.value()));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("What the club's coaches will see"), always,
                new H2("What they see only if you tick it"),
                new Paragraph("Nothing of this is shared unless you tick it here. You can change it for this club at"
                        + " any time on your account page, and leaving the club ends the coaches' access at once."),
                choices, join);
    }

    private void joinAs(String clubName, SharingChoices sharing) {
        try {
            join(key, sharing);
            member(clubName, "You joined " + clubName + ".");
        } catch (ConflictException already) {
            member(clubName, "You are a member of " + clubName + " already.");
        } catch (NoSuchEntryException gone) {
            removeAll();
            add(new H1("This link no longer works"),
                    new Paragraph("The club may have changed its join link. Ask its coach for the new one."));
        }
    }

    private void member(String clubName, String message) {
        removeAll();
        var done = new Paragraph(message);
        done.getElement().setAttribute("role", "status");
        add(new H1(clubName), done, new Paragraph(Links.to("", "See what your clubs assign you")),
                new Paragraph(Links.to("account", "Your clubs and what you share")));
    }

    private static String coaches(JoinPreview club) {
        return club.coaches().isEmpty() ? "" : "Coached by " + String.join(", ", club.coaches()) + ".";
    }
}
