package run.limber.webui.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinResponse;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.domain.accounts.InvalidCredentialsException;
import run.limber.domain.accounts.Registration;
import run.limber.testing.QuarkusViewTest;

@QuarkusTest
class LoginViewTest extends QuarkusViewTest {

    @Inject
    AccountService accounts;

    @Test
    void inDemoModeListsTheFourDemoAccountsAndTheirPassword() {
        navigate(LoginView.class);

        var demo = $(DemoAccountList.class).single();
        List<String> emails = $(NativeTableRow.class, demo).all().stream().skip(1)
                .map(row -> row.getDataCell(0).orElseThrow().getText()).toList();
        assertThat(emails, contains(DemoAccounts.RUNNER, DemoAccounts.EDITOR, DemoAccounts.COACH, DemoAccounts.ADMIN));
        assertThat(demo.getElement().getTextRecursively(), containsString(DemoAccounts.PASSWORD));
    }

    @Test
    void choosingADemoAccountFillsTheForm() {
        navigate(LoginView.class);

        test($(Button.class).withAttribute("aria-label", "Use " + DemoAccounts.EDITOR).single()).click();

        assertThat($(EmailField.class).single().getValue(), is(DemoAccounts.EDITOR));
        assertThat($(PasswordField.class).single().getValue(), is(DemoAccounts.PASSWORD));
    }

    @Test
    void aWrongPasswordShowsOneMessageAndKeepsWhatWasTyped() {
        navigate(LoginView.class);
        test($(EmailField.class).single()).setValue(DemoAccounts.COACH);
        test($(PasswordField.class).single()).setValue("not the password");

        test($(Button.class).withText("Sign in").single()).click();

        assertThat($(Paragraph.class).withClassName("form__error").single().getText(), is("Email or password is wrong."));
        assertThat($(EmailField.class).single().getValue(), is(DemoAccounts.COACH));
        assertThat($(PasswordField.class).single().getValue(), is("not the password"));
    }

    @Test
    void aThrottledSignInSaysHowLongToWaitBesideTheForm() {
        String email = "locked-out-" + UUID.randomUUID() + "@example.org";
        accounts.register(new Registration(email, "a passphrase to forget", "Locked Out", null));
        for (int i = 0; i < 10; i++) {
            assertThrows(InvalidCredentialsException.class, () -> accounts.authenticate(email, "a wrong guess"));
        }
        navigate(LoginView.class);
        test($(EmailField.class).single()).setValue(email);
        test($(PasswordField.class).single()).setValue("a passphrase to forget");

        test($(Button.class).withText("Sign in").single()).click();

        assertThat($(Paragraph.class).withClassName("form__error").single().getText(),
                is("Too many sign-in attempts. Try again in 15 minutes."));
    }

    @Test
    void signingInSetsTheSessionCookie() {
        navigate(LoginView.class);
        test($(EmailField.class).single()).setValue(DemoAccounts.RUNNER);
        test($(PasswordField.class).single()).setValue(DemoAccounts.PASSWORD);

        test($(Button.class).withText("Sign in").single()).click();

        var response = (HttpServletResponse) VaadinResponse.getCurrent();
        assertThat(response.getHeaders("Set-Cookie"), hasItem(allOf(startsWith("limber_session="),
                containsString("; HttpOnly"), containsString("; SameSite=Lax"), not(containsString("Max-Age")))));
    }
}
