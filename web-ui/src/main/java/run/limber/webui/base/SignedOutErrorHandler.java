package run.limber.webui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import io.quarkus.security.UnauthorizedException;

/**
 * A page stays open after its web session ends (idle timeout, logout elsewhere, a password change on
 * another device); the next action then meets a service that finds nobody signed in. Instead of an
 * error, the runner is sent to sign in and brought back to the page.
 */
final class SignedOutErrorHandler implements ErrorHandler {

    private final ErrorHandler otherwise = new DefaultErrorHandler();

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui == null || !signedOut(event.getThrowable())) {
            otherwise.error(event);
            return;
        }
        String here = ui.getInternals().getActiveViewLocation().getPathWithQueryParameters();
        String query = ContinuePath.to(here).getQueryString();
        ui.getPage().setLocation(query.isEmpty() ? ContinuePath.LOGIN : ContinuePath.LOGIN + "?" + query);
    }

    private static boolean signedOut(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnauthorizedException) {
                return true;
            }
        }
        return false;
    }
}
