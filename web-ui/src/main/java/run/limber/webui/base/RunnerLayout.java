package run.limber.webui.base;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.accounts.Role;
import run.limber.webui.signin.WebLogin;

/**
 * The frame of every runner page: a header with the Limber name, the main navigation and the
 * account menu, the page in {@code <main>}, and a short footer. Navigation links go by path (see {@link Links}), so this
 * package does not depend on the feature packages that use it.
 */
@StyleSheet("context://styles/runner.css")
// Layouts are access-checked like views; a layout stricter than its views would lock them out.
@AnonymousAllowed
public class RunnerLayout extends Div implements RouterLayout, AfterNavigationObserver {

    /** A main navigation entry and the first path segments of the pages it stands for. */
    private record NavEntry(Anchor link, Set<String> segments) {
    }

    private final List<NavEntry> sections;
    private final Anchor skipLink = new Anchor("#content", "Skip to content");
    private final Main content = new Main();
    private final AccountMenu accountMenu;

    public RunnerLayout(SecurityIdentity identity, AccountService accounts, WebLogin login) {
        boolean admin = identity.hasRole(Role.EDITOR.name()) || identity.hasRole(Role.ADMIN.name());
        sections = sections(!identity.isAnonymous());
        accountMenu = new AccountMenu(displayName(identity, accounts), admin, login::signOut);
        addClassName("runner");
        skipLink.addClassName("skip-link");
        content.setId("content");
        content.addClassName("runner-main");
        // Focusable by script only, so the skip link can move keyboard focus past the header.
        content.getElement().setAttribute("tabindex", "-1");
        add(skipLink, header(), content, footer());
    }

    /** Progress is personal, so it is listed only for a signed-in runner. */
    private static List<NavEntry> sections(boolean signedIn) {
        var entries = new ArrayList<>(List.of(
                new NavEntry(Links.to("", "Drills"), Set.of("", "drills")),
                new NavEntry(Links.to("routines", "Routines"), Set.of("routines")),
                new NavEntry(Links.to("notes", "Notes"), Set.of("notes")),
                new NavEntry(Links.to("reference", "Reference"), Set.of("reference"))));
        if (signedIn) {
            entries.add(new NavEntry(Links.to("progress", "Progress"), Set.of("progress")));
        }
        return List.copyOf(entries);
    }

    private Header header() {
        Anchor brand = Links.to("", "Limber");
        brand.addClassName("brand");
        brand.getElement().setAttribute("aria-label", "Limber, home");

        var items = new UnorderedList();
        sections.forEach(section -> items.add(new ListItem(section.link())));
        var nav = new Nav(items);
        nav.getElement().setAttribute("aria-label", "Main");

        var inner = new Div(brand, nav, accountMenu);
        inner.addClassName("runner-header__inner");
        var header = new Header(inner);
        header.addClassName("runner-header");
        return header;
    }

    /** The signed-in runner's name; signing in or out reloads the page, so reading it once is enough. */
    private static Optional<String> displayName(SecurityIdentity identity, AccountService accounts) {
        return identity.isAnonymous() ? Optional.empty() : Optional.of(accounts.current().displayName());
    }

    private static Footer footer() {
        var footer = new Footer(new Paragraph(
                "Limber — mobility for runners. Move within a comfortable range and stop if a drill causes sharp pain."));
        footer.addClassName("runner-footer");
        return footer;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().appendChild(view.getElement());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String segment = event.getLocation().getFirstSegment();
        for (NavEntry section : sections) {
            var link = section.link().getElement();
            if (section.segments().contains(segment)) {
                link.setAttribute("aria-current", "page");
            } else {
                link.removeAttribute("aria-current");
            }
        }
        // Relative links resolve against the app's base URL, so the skip link carries the current
        // location to stay an in-page jump instead of a navigation to the home page.
        skipLink.setHref(event.getLocation().getPathWithQueryParameters() + "#content");
        accountMenu.returnTo(event.getLocation().getPathWithQueryParameters());
    }
}
