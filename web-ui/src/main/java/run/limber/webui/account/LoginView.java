package run.limber.webui.account;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.accounts.AccountSettings;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.domain.accounts.InvalidCredentialsException;
import run.limber.domain.accounts.TooManyAttemptsException;
import run.limber.domain.shared.UnavailableException;
import run.limber.webui.base.ContinuePath;
import run.limber.webui.base.Links;
import run.limber.webui.base.RunnerLayout;
import run.limber.webui.signin.WebLogin;

/** Sign in with email and password, then go on to the page the visitor wanted ({@code ?continue=}). */
@Route(value = ContinuePath.LOGIN, layout = RunnerLayout.class)
@PageTitle("Sign in · Limber")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    /** Query parameter set by the reset page, so this page can confirm the new password. */
    static final String PASSWORD_RESET = "password-reset";

    private final AccountService accounts;
    private final WebLogin login;
    private final SignInForm form = new SignInForm();
    private final Paragraph notice = new Paragraph();
    private final Anchor register = Links.to("register", "Create an account");
    private String destination = "";

    public LoginView(AccountService accounts, WebLogin login, AccountSettings settings) {
        this.accounts = accounts;
        this.login = login;
        addClassNames("page", "account-page", "sign-in");
        notice.addClassName("notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
        form.addSubmitListener(submit -> signIn(submit.email(), submit.password()));

        var intro = new Header(new H1("Sign in"), new Paragraph("Welcome back. Sign in to keep track of your sessions."));
        intro.addClassName("intro");
        var links = new Div(new Paragraph(register),
                new Paragraph(Links.to("forgot-password", "Forgot your password?")));
        links.addClassName("form-links");
        add(intro, notice, form, links);

        if (settings.demoMode()) {
            var demo = new DemoAccountList();
            demo.addChosenListener(chosen -> form.fill(chosen.email(), DemoAccounts.PASSWORD));
            add(demo);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        destination = ContinuePath.safe(query.getSingleParameter(ContinuePath.PARAMETER).orElse(""));
        register.setHref(ContinuePath.link("register", destination));
        boolean reset = query.getSingleParameter(PASSWORD_RESET).isPresent();
        notice.setText(reset ? "Your new password is set. Sign in with it." : "");
        notice.setVisible(reset);
    }

    private void signIn(String email, String password) {
        if (email.isBlank() || password.isEmpty()) {
            // Not worth a failed attempt against the throttle.
            form.showError("Enter your email and password.");
            return;
        }
        try {
            var account = accounts.authenticate(email, password);
            login.signIn(account.id(), destination);
        } catch (InvalidCredentialsException wrong) {
            form.showError(wrong.getMessage());
        } catch (TooManyAttemptsException | UnavailableException refused) {
            form.showError(refused.getMessage());
        }
    }
}
