package run.limber.admin.clubs;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import run.limber.domain.clubs.ClubDetails;
import run.limber.domain.clubs.ClubRole;
import run.limber.domain.clubs.ClubService;
import run.limber.domain.shared.NoSuchEntryException;

/**
 * A page about one club for its coaches and owner. A club the visitor is not in is the same "not found" page as any
 * unknown address; a plain member is shown the "not open to your account" page.
 */
abstract class ClubPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Route pattern of a club id: digits only, at most 18 so it is always a {@code long}. */
    static final String CLUB = ":club([0-9]{1,18})";

    protected final ClubService clubs;
    protected final Problems problems = new Problems();
    private final String section;
    private final H1 heading = new H1();
    protected ClubDetails club;

    ClubPage(ClubService clubs, String section) {
        this.clubs = clubs;
        this.section = section;
        addClassNames("admin-page", "coach-page");
        add(heading, problems);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("club").orElse(-1L);
        try {
            club = clubs.get(id);
        } catch (NoSuchEntryException notInIt) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!club.role().atLeast(ClubRole.COACH)) {
            event.rerouteToError(AccessDeniedException.class, "Only the club's coaches and owner see this page.");
            return;
        }
        heading.setText(section + " · " + club.name());
        problems.clear();
        opened(club);
    }

    /** Fills the page for the club just opened (also when the club switcher moves to another club). */
    protected abstract void opened(ClubDetails club);

    protected long clubId() {
        return club.id();
    }

    protected boolean owner() {
        return club.role() == ClubRole.OWNER;
    }

    @Override
    public String getPageTitle() {
        return section + (club == null ? "" : " · " + club.name()) + " · Limber coach";
    }
}
