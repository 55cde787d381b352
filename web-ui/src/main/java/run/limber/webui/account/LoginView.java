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
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import run.limber.domain.accounts.AccountSettings;
import run.limber.webui.base.ContinuePath;
import run.limber.webui.base.Links;
import run.limber.webui.base.RunnerLayout;
import run.limber.webui.base.UsableBeforeClient;
import run.limber.webui.signin.SignInFailure;

/**
 * Sign in with email and password, then go on to the page the visitor wanted ({@code ?continue=}). The form posts to
 * this page's address and {@link run.limber.webui.signin.SignInPost} signs in, so the page works whole before the
 * client has started; a failed attempt comes back here with its reason ({@code ?attempt=}).
 */
@Route(value = ContinuePath.LOGIN, layout = RunnerLayout.class)
@PageTitle("Sign in · Limber")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, UsableBeforeClient {

    /** Query parameter set by the reset page, so this page can confirm the new password. */
    static final String PASSWORD_RESET = "password-reset";

    private final SignInForm form = new SignInForm();
    private final DemoAccountList demo = new DemoAccountList();
    private final Paragraph notice = new Paragraph();
    private final Anchor register = Links.to("register", "Create an account");

    public LoginView(AccountSettings settings) {
        addClassNames("page", "account-page", "sign-in");
        notice.addClassName("notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);

        var intro = new Header(new H1("Sign in"), new Paragraph("Welcome back. Sign in to keep track of your sessions."));
        intro.addClassName("intro");
        var links = new Div(new Paragraph(register),
                new Paragraph(Links.to("forgot-password", "Forgot your password?")));
        links.addClassName("form-links");
        add(intro, notice, form, links);

        if (settings.demoMode()) {
            add(demo);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        String destination = ContinuePath.safe(query.getSingleParameter(ContinuePath.PARAMETER).orElse(""));
        register.setHref(ContinuePath.link("register", destination));
        form.postTo(destination);
        demo.postTo(destination);
        form.show(query.getSingleParameter(SignInFailure.PARAMETER)
                .flatMap(attempt -> SignInFailure.of(VaadinSession.getCurrent().getSession(), attempt)).orElse(null));
        boolean reset = query.getSingleParameter(PASSWORD_RESET).isPresent();
        notice.setText(reset ? "Your new password is set. Sign in with it." : "");
        notice.setVisible(reset);
    }
}
