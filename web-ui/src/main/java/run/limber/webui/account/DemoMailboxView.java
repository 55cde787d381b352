package run.limber.webui.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import run.limber.domain.accounts.AccountSettings;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.webui.base.RunnerLayout;

/**
 * Demo mode only: the mail Limber would have sent to an address, so a reset link can be tried
 * without a mail server. Anywhere else this page does not exist.
 */
@Route(value = DemoMailboxView.ROUTE, layout = RunnerLayout.class)
@PageTitle("Demo mailbox · Limber")
@AnonymousAllowed
public class DemoMailboxView extends Div implements BeforeEnterObserver {

    static final String ROUTE = "dev/mailbox";
    static final String TO = "to";
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final boolean open;
    private final Instance<MockMailbox> mailbox;
    private final EmailField address = new EmailField("Email address");
    private final Div mails = new Div();

    public DemoMailboxView(AccountSettings settings, Instance<MockMailbox> mailbox) {
        this.open = settings.demoMode() && mailbox.isResolvable();
        this.mailbox = mailbox;
        addClassNames("page", "account-page", "mailbox");
        var intro = new Header(new H1("Demo mailbox"), new Paragraph(
                "Demo mode sends no real email. Here is what Limber would have sent, newest first."));
        intro.addClassName("intro");
        var show = new Button("Show mail", click -> UI.getCurrent().navigate(ROUTE, QueryParameters.of(TO, address.getValue())));
        show.addClickShortcut(Key.ENTER).listenOn(address);
        var form = new Div(address, show);
        form.addClassNames("form", "form--inline");
        mails.addClassName("mails");
        mails.getElement().setAttribute("aria-live", "polite");
        add(intro, form, mails);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!open) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        String to = event.getLocation().getQueryParameters().getSingleParameter(TO).orElse("").strip();
        address.setValue(to);
        mails.removeAll();
        if (to.isEmpty()) {
            mails.add(new Paragraph("Enter the address a mail went to, such as " + DemoAccounts.RUNNER + "."));
            return;
        }
        List<Mail> received = mailbox.get().getMailsSentTo(to).reversed();
        if (received.isEmpty()) {
            mails.add(new Paragraph("No mail to " + to + " since Limber started."));
        }
        received.forEach(mail -> mails.add(mail(mail)));
    }

    private static Article mail(Mail mail) {
        var article = new Article(new H2(mail.getSubject()), new Paragraph("To " + String.join(", ", mail.getTo())),
                body(mail.getText() == null ? "" : mail.getText()));
        article.addClassName("mail");
        return article;
    }

    /** The mail's plain text with its web addresses as links; built from components, so nothing in it is markup. */
    private static Pre body(String text) {
        var body = new Pre();
        Matcher link = LINK.matcher(text);
        int shown = 0;
        while (link.find()) {
            body.add(new Text(text.substring(shown, link.start())));
            body.add((Component) new Anchor(link.group(), link.group()));
            shown = link.end();
        }
        body.add(new Text(text.substring(shown)));
        return body;
    }
}
