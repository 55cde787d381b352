package run.limber.webui.account;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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

/** Create an account; on success the new runner is signed in and lands on their account page. */
@Route(value = "register", layout = RunnerLayout.class)
@PageTitle("Create your account · Limber")
@AnonymousAllowed
public class RegisterView extends Div {

    private final AccountService accounts;
    private final WebLogin login;
    private final RegistrationForm form = new RegistrationForm();

    public RegisterView(AccountService accounts, WebLogin login) {
        this.accounts = accounts;
        this.login = login;
        addClassNames("page", "account-page", "register");
        form.addSubmitListener(submit -> register(submit.registration()));

        var intro = new Header(new H1("Create your account"),
                new Paragraph("Free, and all you need to keep a log of your mobility sessions."));
        intro.addClassName("intro");
        var signIn = new Paragraph(new Span("Have an account already? "), Links.to(ContinuePath.LOGIN, "Sign in"));
        signIn.addClassName("form-links");
        add(intro, form, signIn);
    }

    private void register(Registration registration) {
        try {
            var account = accounts.register(registration);
            login.signIn(account.id(), "account");
        } catch (ValidationException invalid) {
            form.show(invalid);
        } catch (TooManyAttemptsException | UnavailableException refused) {
            form.showRefused(refused.getMessage());
        }
    }
}
