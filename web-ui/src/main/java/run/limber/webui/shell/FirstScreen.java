package run.limber.webui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import run.limber.domain.shared.PublicLinks;

/**
 * Builds every page on the server while answering its first request (Vaadin's eager server load): the router runs
 * before the response is written, so an unknown address answers 404 at once and a page that needs signing in redirects
 * to the sign-in page, and the page that was built is written into the response as HTML and described in its head.
 * That UI is then let go ({@link RenderOnlyUi}); when the client starts, it builds the page again in a UI of its own,
 * draws it, and drops the first copy.
 */
@ApplicationScoped
class FirstScreen {

    private final PublicLinks links;

    FirstScreen(PublicLinks links) {
        this.links = links;
    }

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().setBootstrapInitialPredicate(request -> true);
        // Queued while each UI is made, so it travels in the client's first answer; it waits there for the client's
        // drawing of the page and hands over in the same task: nothing is painted twice.
        event.getSource().addUIInitListener(init -> init.getUI().getPage()
                .executeJs(RenderedPage.HAND_OVER, RenderedPage.ID));
        event.getSource().addUIInitListener(init -> RenderOnlyUi.clientStarted(init.getUI()));
        // The UI the router has just filled; IndexHtmlResponse.getUI() answers only for the eagerServerLoad parameter,
        // which the predicate above stands in for.
        event.addIndexHtmlRequestListener(response -> Optional.ofNullable(UI.getCurrent()).ifPresent(ui -> {
            if (!SignInRedirect.sendIfForwarded(ui, response.getVaadinRequest(), response.getVaadinResponse())) {
                RenderedPage.write(ui, response.getDocument(), response.getVaadinRequest().getUserPrincipal() != null);
                PageHead.write(ui, response.getDocument(), links);
            }
            RenderOnlyUi.release(ui, response.getDocument());
        }));
    }
}
