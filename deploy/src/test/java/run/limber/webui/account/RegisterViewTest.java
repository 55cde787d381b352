package run.limber.webui.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.testing.QuarkusViewTest;

@QuarkusTest
class RegisterViewTest extends QuarkusViewTest {

    @Test
    void aShortPasswordIsExplainedBesideTheFieldAndNothingTypedIsLost() {
        navigate(RegisterView.class);
        test($(EmailField.class).single()).setValue("new.runner@example.org");
        test($(TextField.class).withCaption("Your name").single()).setValue("New Runner");
        test($(PasswordField.class).single()).setValue("short");

        test($(Button.class).withText("Create account").single()).click();

        var password = $(PasswordField.class).single();
        assertThat(password.isInvalid(), is(true));
        assertThat(password.getErrorMessage(), containsString("8"));
        assertThat(password.getValue(), is("short"));
        assertThat($(EmailField.class).single().getValue(), is("new.runner@example.org"));
        assertThat($(EmailField.class).single().isInvalid(), is(false));
        assertThat($(TextField.class).withCaption("Your name").single().getValue(), is("New Runner"));
    }

    @Test
    void anEmailInUseIsExplainedBesideTheEmailField() {
        navigate(RegisterView.class);
        test($(EmailField.class).single()).setValue(DemoAccounts.RUNNER);
        test($(TextField.class).withCaption("Your name").single()).setValue("Someone Else");
        test($(PasswordField.class).single()).setValue("a long enough passphrase");

        test($(Button.class).withText("Create account").single()).click();

        var email = $(EmailField.class).single();
        assertThat(email.isInvalid(), is(true));
        assertThat(email.getErrorMessage(), containsString("exists already"));
    }

    @Test
    void showsThePasswordRulesBeforeAnythingIsTyped() {
        navigate(RegisterView.class);

        assertThat($(PasswordField.class).single().getHelperText(), is(PasswordRules.HINT));
    }
}
