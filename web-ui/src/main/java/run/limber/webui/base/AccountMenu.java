package run.limber.webui.base;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;

/**
 * The header's account corner: "Sign in" for visitors; for a signed-in runner their name, which
 * opens "Account", "Admin" for editors and admins, and "Log out". Logging out is a server round trip from a menu item, never a link
 * a page could fetch.
 */
class AccountMenu extends Div {

    private final Anchor signIn = Links.to(ContinuePath.LOGIN, "Sign in");
    private final Span name = new Span();
    private Registration renames;

    /** {@code admin}: whether to offer the admin area, which editors and admins may open. */
    AccountMenu(Optional<String> displayName, boolean admin, SerializableRunnable signOut) {
        addClassName("account-menu");
        if (displayName.isEmpty()) {
            signIn.addClassName("account-menu__sign-in");
            add(signIn);
            return;
        }
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        menu.getElement().setAttribute("aria-label", "Your account");
        name.setText(displayName.get());
        name.addClassName("account-menu__name");
        // Sighted users see that the name opens a menu; the button tells screen readers so itself.
        var opens = new Span("▾");
        opens.getElement().setAttribute("aria-hidden", "true");
        var items = menu.addItem(new Span(name, opens)).getSubMenu();
        items.addItem("Account", click -> getUI().ifPresent(ui -> ui.navigate("account")));
        if (admin) {
            // A full page load: the admin area has its own layout and styles.
            items.addItem("Admin", click -> getUI().ifPresent(ui -> ui.getPage().setLocation("admin")));
        }
        items.addItem("Log out", click -> signOut.run());
        add(menu);
    }

    /** Points "Sign in" back at the page being shown, so signing in returns there. */
    void returnTo(String pathWithQuery) {
        String query = ContinuePath.to(pathWithQuery).getQueryString();
        signIn.setHref(query.isEmpty() ? ContinuePath.LOGIN : ContinuePath.LOGIN + "?" + query);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (!name.getText().isEmpty()) {
            renames = ComponentUtil.addListener(attach.getUI(), DisplayNameChanged.class,
                    changed -> name.setText(changed.displayName()));
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (renames != null) {
            renames.remove();
        }
    }
}
