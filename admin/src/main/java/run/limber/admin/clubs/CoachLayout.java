package run.limber.admin.clubs;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import run.limber.admin.base.AdminLayout;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.clubs.ClubDetails;
import run.limber.domain.clubs.ClubRole;
import run.limber.domain.clubs.ClubService;
import run.limber.domain.clubs.assignments.AssignmentNotices;
import run.limber.domain.shared.PageRequest;
import run.limber.webui.signin.WebLogin;

/**
 * The frame of the coach pages: the clubs the signed-in runner coaches or owns (a switcher), the club's sections with
 * the number of open change notices beside Assignments, and the way back to the runner site. Its own layout, because
 * coaches are plain runners and {@link AdminLayout} is for editors and admins; it shares the admin stylesheet.
 */
@StyleSheet("context://styles/admin.css")
@StyleSheet("context://styles/coach.css")
@PermitAll
public class CoachLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final ClubService clubs;
    private final AssignmentNotices notices;
    private final Select<ClubDetails> switcher = new Select<>();
    private final UnorderedList sections = new UnorderedList();
    private final Main content = new Main();

    public CoachLayout(ClubService clubs, AssignmentNotices notices, AccountService accounts, WebLogin login) {
        this.clubs = clubs;
        this.notices = notices;
        addClassNames("admin", "coach");
        var name = new Anchor("coach", "Limber coach");
        name.addClassName("admin-header__name");
        switcher.setLabel("Club");
        switcher.setItemLabelGenerator(ClubDetails::name);
        switcher.addClassName("coach-switcher");
        switcher.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                UI.getCurrent().navigate("coach/" + change.getValue().id());
            }
        });
        var nav = new Nav(sections);
        nav.getElement().setAttribute("aria-label", "Club sections");
        // A full page load on purpose: the runner site is another area with its own layout and styles.
        var site = new Anchor("", "Back to the runner site");
        site.addClassName("admin-header__site");
        var header = new Header(name, switcher, nav, site, AdminLayout.accountMenu(accounts.current().displayName(), login));
        header.addClassName("admin-header");
        content.addClassName("admin-main");
        add(header, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().appendChild(view.getElement());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        List<ClubDetails> coached = clubs.mine(PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                .filter(club -> club.role().atLeast(ClubRole.COACH)).toList();
        var clubId = event.getRouteParameters().getLong("club");
        switcher.setItems(coached);
        switcher.setVisible(coached.size() > 1 || clubId.isPresent() && !coached.isEmpty());
        coached.stream().filter(club -> clubId.isPresent() && club.id() == clubId.get()).findFirst()
                .ifPresent(switcher::setValue);
        sections.removeAll();
        section("coach", "My clubs", event);
        clubId.filter(id -> coached.stream().anyMatch(club -> club.id() == id)).ifPresent(id -> {
            String base = "coach/" + id;
            section(base, "Dashboard", event);
            section(base + "/members", "Members", event);
            section(base + "/groups", "Groups", event);
            var assignments = section(base + "/assignments", "Assignments", event);
            long open = notices.open(id, PageRequest.first(1)).total();
            if (open > 0) {
                var badge = new Span(Long.toString(open));
                badge.addClassName("coach-badge");
                badge.getElement().setAttribute("aria-label", open + " open change " + (open == 1 ? "notice" : "notices"));
                assignments.add(badge);
            }
            section(base + "/settings", "Settings", event);
        });
    }

    private Anchor section(String path, String text, AfterNavigationEvent event) {
        var link = new Anchor(path, text);
        link.getElement().setAttribute("router-link", true);
        if (Objects.equals(event.getLocation().getPath(), path)) {
            link.getElement().setAttribute("aria-current", "page");
        }
        sections.add(new ListItem(link));
        return link;
    }
}
