package run.limber.webui.account;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import run.limber.webui.base.ContinuePath;

/**
 * An ordinary HTML form posted to the sign-in page, where {@link run.limber.webui.signin.SignInPost} signs in and
 * goes on to the page the visitor wanted: it works as soon as the first response has arrived, before the client has
 * started and with scripts off. Values go in as attributes, so they are in the first response's markup too.
 */
@Tag("form")
class SignInPostForm extends HtmlContainer {

    SignInPostForm() {
        getElement().setAttribute("method", "post");
        postTo("");
    }

    /** Signing in goes on to {@code destination} (see {@link ContinuePath}). */
    void postTo(String destination) {
        getElement().setAttribute("action", ContinuePath.link(ContinuePath.LOGIN, destination));
    }
}
