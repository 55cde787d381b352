package run.limber.webui.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Makes every view's access annotation count: a view without {@code @AnonymousAllowed},
 * {@code @PermitAll} or {@code @RolesAllowed} is denied. Quarkus does not register
 * {@link NavigationAccessControl} by itself; this observer does, once for every UI of the
 * application, so the admin module's views are covered too. An action on a page whose web session
 * has ended since leads to the sign-in page rather than an error.
 */
@ApplicationScoped
class NavigationAccessSetup {

    private final NavigationAccessControl accessControl;

    /** {@code identity} is a proxy: on each request it is that request's signed-in account, or anonymous. */
    NavigationAccessSetup(SecurityIdentity identity) {
        accessControl = new LoginAccessControl(identity);
    }

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(accessControl));
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new SignedOutErrorHandler()));
    }
}
