package run.limber.admin.clubs;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import run.limber.domain.clubs.ClubDetails;

/**
 * Joining by link: the link (built by the domain from Limber's public address) with a copy button, the code on
 * request, a new code (the old one stops working), and joining switched off or on.
 */
class JoinPanel extends Section {

    enum Kind { ROTATE, SWITCH_OFF }

    private final TextField link = new TextField("Join link");
    private final Paragraph code = new Paragraph();
    private final Paragraph off = new Paragraph("Joining by link is off: only people you invite by email can join.");
    private final Button showCode = new Button("Show code");
    private final Button copy = new Button("Copy link");
    private final Button rotate = new Button("New link and code", click -> fireEvent(new Asked(this, Kind.ROTATE)));
    private final Button switchOff = new Button("Switch joining by link off",
            click -> fireEvent(new Asked(this, Kind.SWITCH_OFF)));

    JoinPanel() {
        addClassName("admin-section");
        link.setReadOnly(true);
        link.setWidthFull();
        code.setVisible(false);
        showCode.addClickListener(click -> code.setVisible(!code.isVisible()));
        copy.addClickListener(click -> {
            link.getElement().executeJs("return navigator.clipboard.writeText($0)", link.getValue());
            Notification.show("Link copied.");
        });
        var buttons = new Div(copy, showCode, rotate, switchOff);
        buttons.addClassName("admin-workflow");
        add(new H2("Joining"), off, link, code, buttons);
    }

    void show(ClubDetails club) {
        boolean on = club.joinCode() != null;
        off.setVisible(!on);
        link.setVisible(on);
        link.setValue(on ? club.joinLink() : "");
        code.setText(on ? "Code: " + club.joinCode() : "");
        code.setVisible(false);
        copy.setVisible(on);
        showCode.setVisible(on);
        switchOff.setVisible(on);
        rotate.setText(on ? "New link and code" : "Switch joining by link on");
    }

    Registration addAskedListener(ComponentEventListener<Asked> listener) {
        return addListener(Asked.class, listener);
    }

    /** The coach asked for a new code or for joining by link to stop. */
    static final class Asked extends ComponentEvent<JoinPanel> {

        private final Kind kind;

        Asked(JoinPanel source, Kind kind) {
            super(source, true);
            this.kind = kind;
        }

        Kind kind() {
            return kind;
        }
    }
}
