package run.limber.webui.account;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import run.limber.domain.accounts.PasswordReset;
import run.limber.domain.shared.UnavailableException;
import run.limber.domain.shared.ValidationException;
import run.limber.webui.base.ContinuePath;
import run.limber.webui.base.Links;
import run.limber.webui.base.RunnerLayout;

/** The page a reset email links to ({@code ?token=…}): choose a new password, then sign in with it. */
@Route(value = ResetPasswordView.ROUTE, layout = RunnerLayout.class)
@PageTitle("Choose a new password · Limber")
@AnonymousAllowed
public class ResetPasswordView extends Div implements BeforeEnterObserver {

    static final String ROUTE = "reset-password";

    private final PasswordReset resets;
    private final NewPasswordForm form = new NewPasswordForm();
    private final Paragraph linkProblem = new Paragraph();
    private String token = "";

    public ResetPasswordView(PasswordReset resets) {
        this.resets = resets;
        addClassNames("page", "account-page", "reset-password");
        form.addSubmitListener(submit -> reset(submit.password()));
        linkProblem.addClassName("form__error");
        linkProblem.getElement().setAttribute("role", "alert");
        linkProblem.setVisible(false);

        var intro = new Header(new H1("Choose a new password"),
                new Paragraph("Pick a password you don't use anywhere else. You'll sign in with it next."));
        intro.addClassName("intro");
        var again = new Paragraph(new Span("Link not working? "), Links.to("forgot-password", "Ask for a new one"));
        again.addClassName("form-links");
        add(intro, linkProblem, form, again);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
    }

    private void reset(String password) {
        try {
            resets.reset(token, password);
            UI.getCurrent().navigate(ContinuePath.LOGIN, QueryParameters.of(LoginView.PASSWORD_RESET, "done"));
        } catch (ValidationException invalid) {
            List<String> aboutTheLink = form.show(invalid);
            linkProblem.setText(String.join(" ", aboutTheLink));
            linkProblem.setVisible(!aboutTheLink.isEmpty());
        } catch (UnavailableException busy) {
            linkProblem.setText(busy.getMessage());
            linkProblem.setVisible(true);
        }
    }
}
