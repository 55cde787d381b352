package run.limber.webui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import run.limber.webui.base.ContinuePath;

/**
 * A page that needs a signed-in account sends an anonymous visitor to the sign-in page. The router does so by showing
 * that page in place; in the first response it is an HTTP redirect to {@code /login?continue=...}, so the address bar,
 * crawlers and link checkers see where they were sent.
 */
final class SignInRedirect {

    private SignInRedirect() {
    }

    /** True when the response became a redirect; the page written after it is then never shown. */
    static boolean sendIfForwarded(UI ui, VaadinRequest request, VaadinResponse response) {
        var shown = ui.getInternals().getActiveViewLocation();
        String requested = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        if (!ContinuePath.LOGIN.equals(shown.getPath()) || ContinuePath.LOGIN.equals(requested)) {
            return false;
        }
        response.setStatus(302);
        response.setHeader("Location", request.getContextPath() + "/" + shown.getPathWithQueryParameters());
        return true;
    }
}
