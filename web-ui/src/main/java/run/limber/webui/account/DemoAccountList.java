package run.limber.webui.account;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import run.limber.domain.accounts.DemoAccounts;

/**
 * The demo accounts as a small table, shown on the sign-in page in demo mode only. Each row's
 * button fills the sign-in form with that account; fires {@link ChosenEvent}.
 */
class DemoAccountList extends Section {

    private static final Map<String, String> WHO = Map.of(
            DemoAccounts.RUNNER, "Runner",
            DemoAccounts.EDITOR, "Runner and content editor",
            DemoAccounts.COACH, "Runner (club coach once clubs arrive)",
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
            var use = new Button("Use", click -> fireEvent(new ChosenEvent(this, email)));
            use.addThemeVariants(ButtonVariant.LUMO_SMALL);
            use.setAriaLabel("Use " + email);
            table.getBody().addRow().add(new NativeTableCell(email), new NativeTableCell(WHO.getOrDefault(email, "")),
                    new NativeTableCell(use));
        }
        add(heading, password, table);
    }

    Registration addChosenListener(ComponentEventListener<ChosenEvent> listener) {
        return addListener(ChosenEvent.class, listener);
    }

    /** A demo account was picked to sign in with. */
    static final class ChosenEvent extends ComponentEvent<DemoAccountList> {

        private final String email;

        ChosenEvent(DemoAccountList source, String email) {
            super(source, false);
            this.email = email;
        }

        String email() {
            return email;
        }
    }
}
