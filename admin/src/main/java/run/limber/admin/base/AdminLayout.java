package run.limber.admin.base;

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
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.accounts.Role;
import run.limber.webui.signin.WebLogin;

/**
 * The frame of the admin pages: a header naming the area, its sections (users and the audit log
 * for platform admins only), the signed-in person's menu, and the page in {@code <main>}.
 */
@StyleSheet("context://styles/admin.css")
// Layouts are access-checked like views: this one admits everyone that any admin view admits.
@RolesAllowed({"EDITOR", "ADMIN"})
public class AdminLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Map<String, Anchor> sections = new LinkedHashMap<>();
    private final Main content = new Main();

    public AdminLayout(SecurityIdentity identity, AccountService accounts, WebLogin login) {
        addClassName("admin");
        var name = new Span("Limber admin");
        name.addClassName("admin-header__name");
        section("admin", "Content");
        section("admin/review", "Waiting for you");
        section("admin/drills", "Drills");
        section("admin/routines", "Routines");
        section("admin/notes", "Notes");
        section("admin/content-bundle", "Import and export");
        if (identity.hasRole(Role.ADMIN.name())) {
            section("admin/users", "Users");
            section("admin/audit", "Audit log");
            section("admin/clubs", "Clubs");
        }
        var items = new UnorderedList();
        sections.values().forEach(link -> items.add(new ListItem(link)));
        var nav = new Nav(items);
        nav.getElement().setAttribute("aria-label", "Admin");

        // A full page load on purpose: the runner site is another area with its own layout and styles.
        var site = new Anchor("", "View the runner site");
        site.addClassName("admin-header__site");
        var header = new Header(name, nav, site, accountMenu(accounts.current().displayName(), login));
        header.addClassName("admin-header");
        content.addClassName("admin-main");
        add(header, content);
    }

    private void section(String path, String text) {
        var link = new Anchor(path, text);
        link.getElement().setAttribute("router-link", true);
        sections.put(path, link);
    }

    /** The signed-in person's menu; the coach pages' layout shows the same. */
    public static MenuBar accountMenu(String displayName, WebLogin login) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        menu.addClassName("admin-header__account");
        menu.getElement().setAttribute("aria-label", "Your account");
        var opens = new Span(" ▾");
        opens.getElement().setAttribute("aria-hidden", "true");
        var items = menu.addItem(new Span(new Span(displayName), opens)).getSubMenu();
        items.addItem("Your account", click -> UI.getCurrent().getPage().setLocation("account"));
        items.addItem("Runner site", click -> UI.getCurrent().getPage().setLocation("./"));
        items.addItem("Log out", click -> login.signOut());
        return menu;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().appendChild(view.getElement());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        sections.forEach((sectionPath, link) -> {
            if (sectionPath.equals(path)) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
    }
}
