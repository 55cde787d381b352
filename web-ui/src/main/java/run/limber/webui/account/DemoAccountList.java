package run.limber.webui.account;

import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import run.limber.domain.accounts.DemoAccounts;

/**
 * The demo accounts as a small table, shown on the sign-in page in demo mode only. Each row's button signs in with
 * that account at once: a form of its own holding the account's email and the demo password.
 */
class DemoAccountList extends Section {

    private final List<SignInPostForm> forms = new ArrayList<>();

    private static final Map<String, String> WHO = Map.of(
            DemoAccounts.RUNNER, "Runner in the demo club",
            DemoAccounts.EDITOR, "Runner and content editor",
            DemoAccounts.COACH, "Runner and coach of the demo club",
            DemoAccounts.ADMIN, "Runner, editor and platform admin");

    DemoAccountList() {
        addClassName("demo-accounts");
        var heading = new H2("Demo accounts");
        heading.setId("demo-accounts-heading");
        getElement().setAttribute("aria-labelledby", "demo-accounts-heading");
        var password = new Paragraph(new Span("This Limber runs in demo mode. Every demo account's password is "),
                new Code(DemoAccounts.PASSWORD), new Span("."));

        var table = new NativeTable();
        var buttonsHeader = new Span("Sign in with it");
        buttonsHeader.addClassName("visually-hidden");
        table.getHead().addRow().add(new NativeTableHeaderCell("Email"), new NativeTableHeaderCell("Who it is"),
                new NativeTableHeaderCell(buttonsHeader));
        for (String email : DemoAccounts.EMAILS) {
            var use = new NativeButton("Sign in");
            use.getElement().setAttribute("type", "submit").setAttribute("aria-label", "Sign in as " + email);
            var form = new SignInPostForm();
            form.add(hidden("email", email), hidden("password", DemoAccounts.PASSWORD), use);
            forms.add(form);
            table.getBody().addRow().add(new NativeTableCell(email), new NativeTableCell(WHO.getOrDefault(email, "")),
                    new NativeTableCell(form));
        }
        add(heading, password, table);
    }

    /** Signing in goes on to {@code destination}, as from the sign-in form. */
    void postTo(String destination) {
        forms.forEach(form -> form.postTo(destination));
    }

    private static Input hidden(String name, String value) {
        var field = new Input();
        field.setType("hidden");
        field.getElement().setAttribute("name", name).setAttribute("value", value);
        return field;
    }
}
