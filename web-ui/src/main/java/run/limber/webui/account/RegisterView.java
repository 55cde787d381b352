package run.limber.webui.account;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.accounts.Registration;
import run.limber.domain.accounts.TooManyAttemptsException;
import run.limber.domain.shared.UnavailableException;
import run.limber.domain.shared.ValidationException;
import run.limber.webui.base.ContinuePath;
import run.limber.webui.base.Links;
import run.limber.webui.base.RunnerLayout;
import run.limber.webui.signin.WebLogin;

/** Create an account; on success the new runner is signed in and lands on their account page, or where they were going. */
@Route(value = "register", layout = RunnerLayout.class)
@PageTitle("Create your account · Limber")
@AnonymousAllowed
public class RegisterView extends Div implements BeforeEnterObserver {

    private final AccountService accounts;
    private final WebLogin login;
    private final RegistrationForm form = new RegistrationForm();
    private final Anchor signIn = Links.to(ContinuePath.LOGIN, "Sign in");
    private String destination = "";

    public RegisterView(AccountService accounts, WebLogin login) {
        this.accounts = accounts;
        this.login = login;
        addClassNames("page", "account-page", "register");
        form.addSubmitListener(submit -> register(submit.registration()));

        var intro = new Header(new H1("Create your account"),
                new Paragraph("Free, and all you need to keep a log of your mobility sessions."));
        intro.addClassName("intro");
        var links = new Paragraph(new Span("Have an account already? "), signIn);
        links.addClassName("form-links");
        add(intro, form, links);
    }

    /** Someone sent here from a page that needs an account (a club's join link) goes back there once registered. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        destination = ContinuePath.safe(event.getLocation().getQueryParameters()
                .getSingleParameter(ContinuePath.PARAMETER).orElse(""));
        signIn.setHref(ContinuePath.link(ContinuePath.LOGIN, destination));
    }

    private void register(Registration registration) {
        try {
            var account = accounts.register(registration);
            login.signIn(account.id(), destination.isEmpty() ? "account" : destination);
        } catch (ValidationException invalid) {
            form.show(invalid);
        } catch (TooManyAttemptsException | UnavailableException refused) {
            form.showRefused(refused.getMessage());
        }
    }
}
