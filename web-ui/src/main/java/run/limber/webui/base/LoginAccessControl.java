package run.limber.webui.base;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import io.quarkus.security.identity.SecurityIdentity;
import java.security.Principal;
import java.util.function.Predicate;

/**
 * Vaadin's annotation-based access check with Limber's answers when it says no: an anonymous
 * visitor goes to {@code /login?continue=<where they wanted to go>}; a signed-in one lacking the
 * role gets the access-denied page, since signing in again would not help.
 *
 * <p>The stock control sends anonymous visitors to a bare login address and keeps the wanted page
 * in the HTTP session, which signing in replaces; the query parameter survives that. Who is signed
 * in comes from the Quarkus identity, as for the services, rather than from the servlet request.
 */
final class LoginAccessControl extends NavigationAccessControl {

    private final SecurityIdentity identity;

    LoginAccessControl(SecurityIdentity identity) {
        this.identity = identity;
        setLoginView(ContinuePath.LOGIN);
    }

    @Override
    protected Principal getPrincipal(VaadinRequest request) {
        return identity.isAnonymous() ? null : identity.getPrincipal();
    }

    @Override
    protected Predicate<String> getRolesChecker(VaadinRequest request) {
        return identity::hasRole;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        VaadinRequest request = VaadinRequest.getCurrent();
        var context = new NavigationContext(event, getPrincipal(request), getRolesChecker(request));
        boolean production = event.getUI().getSession().getConfiguration().isProductionMode();
        var result = checkAccess(context, production);
        if (result.decision() == AccessCheckDecision.ALLOW) {
            return;
        }
        if (context.getPrincipal() == null) {
            event.forwardTo(ContinuePath.LOGIN, ContinuePath.to(event.getLocation().getPathWithQueryParameters()));
        } else {
            event.rerouteToError(AccessDeniedException.class, result.reason());
        }
    }
}
