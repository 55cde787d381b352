package run.limber.admin.base;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The frame of the admin pages: a plain header naming the area, and the page in {@code <main>}. */
@StyleSheet("context://styles/admin.css")
// Layouts are access-checked like views; the accounts work restricts this one together with its views.
@AnonymousAllowed
public class AdminLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    public AdminLayout() {
        addClassName("admin");
        var name = new Span("Limber admin");
        name.addClassName("admin-header__name");
        // A full page load on purpose: the runner site is another area with its own layout and styles.
        var site = new Anchor("", "View the runner site");
        var header = new Header(name, site);
        header.addClassName("admin-header");
        content.addClassName("admin-main");
        add(header, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().appendChild(view.getElement());
    }
}
