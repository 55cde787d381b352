package run.limber.webui.account;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import run.limber.webui.signin.SignInFailure;

/**
 * Email and password in plain fields, which password managers read best. A failed sign-in comes back with one message
 * and the email kept.
 */
class SignInForm extends SignInPostForm {

    private static final String ERROR_ID = "sign-in-error";

    private final Input email = field("email", "email", "username");
    private final Input password = field("password", "password", "current-password");
    private final FormAlert error = new FormAlert();

    SignInForm() {
        addClassName("form");
        error.setId(ERROR_ID);
        var submit = new NativeButton("Sign in");
        submit.getElement().setAttribute("type", "submit");
        add(labelled("Email", email), labelled("Password", password), error, submit);
    }

    /** The outcome of the attempt that brought the visitor back here. */
    void show(SignInFailure failure) {
        if (failure != null) {
            email.getElement().setAttribute("value", failure.email());
        }
        error.show(failure == null ? null : failure.message());
        for (Input field : new Input[] {email, password}) {
            if (failure == null) {
                field.getElement().removeAttribute("aria-invalid").removeAttribute("aria-describedby");
            } else {
                field.getElement().setAttribute("aria-invalid", "true").setAttribute("aria-describedby", ERROR_ID);
            }
        }
    }

    private static Input field(String name, String type, String autocomplete) {
        var field = new Input();
        field.setId("sign-in-" + name);
        field.setType(type);
        field.getElement().setAttribute("name", name).setAttribute("autocomplete", autocomplete)
                .setAttribute("required", true);
        return field;
    }

    private static Div labelled(String text, Input field) {
        var label = new NativeLabel(text);
        label.setFor(field);
        var row = new Div(label, field);
        row.addClassName("field");
        return row;
    }
}
