package run.limber.webui.account;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import run.limber.domain.accounts.AccountSettings;
import run.limber.domain.accounts.PasswordReset;
import run.limber.domain.accounts.TooManyAttemptsException;
import run.limber.domain.shared.PublicLinks;
import run.limber.webui.base.ContinuePath;
import run.limber.webui.base.Links;
import run.limber.webui.base.RunnerLayout;

/**
 * Ask for a password reset link by email. The answer is the same whether or not the address has an
 * account, so this page cannot be used to find out who uses Limber.
 */
@Route(value = "forgot-password", layout = RunnerLayout.class)
@PageTitle("Forgot your password? · Limber")
@AnonymousAllowed
public class ForgotPasswordView extends Div {

    private final PasswordReset resets;
    private final PublicLinks links;
    private final AccountSettings settings;
    private final ResetRequestForm form = new ResetRequestForm();

    public ForgotPasswordView(PasswordReset resets, PublicLinks links, AccountSettings settings) {
        this.resets = resets;
        this.links = links;
        this.settings = settings;
        addClassNames("page", "account-page", "forgot-password");
        form.addSubmitListener(submit -> request(submit.email()));

        var intro = new Header(new H1("Forgot your password?"),
                new Paragraph("Tell us your email and we'll send you a link to choose a new password."));
        intro.addClassName("intro");
        var back = new Paragraph(Links.to(ContinuePath.LOGIN, "Back to sign in"));
        back.addClassName("form-links");
        add(intro, form, back);
    }

    private void request(String email) {
        try {
            resets.request(email, links.to(ResetPasswordView.ROUTE));
        } catch (TooManyAttemptsException throttled) {
            form.showRefused(throttled.getMessage());
            return;
        }
        var sent = new Div(new Paragraph("If " + email + " belongs to a Limber account, a link to choose a new "
                + "password is on its way. It works once, for 30 minutes. No email? Check your spam folder."));
        sent.addClassName("notice");
        sent.getElement().setAttribute("role", "status");
        if (settings.demoMode()) {
            var mailbox = Links.to(DemoMailboxView.ROUTE + "?" + QueryParameters.of(DemoMailboxView.TO, email).getQueryString(),
                    "Open the demo mailbox");
            sent.add(new Paragraph(new Span("Demo mode sends no real email: "), mailbox));
        }
        replace(form, sent);
    }
}
