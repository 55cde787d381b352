package run.limber.webui.account;

import com.vaadin.flow.component.html.Paragraph;

/**
 * A message about a whole form rather than one field (wrong credentials, too many attempts, Limber busy), announced
 * as soon as it appears since focus stays on the button; hidden while there is none.
 */
class FormAlert extends Paragraph {

    FormAlert() {
        addClassName("form__error");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /** {@code null} hides it. */
    void show(String message) {
        setText(message == null ? "" : message);
        setVisible(message != null);
    }
}
