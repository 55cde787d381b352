package run.limber.webui.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.router.QueryParameters;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.testing.QuarkusViewTest;
import run.limber.webui.base.ContinuePath;

/** The sign-in page as Vaadin builds it; signing in itself is the form's post (SignInPostTest). */
@QuarkusTest
class LoginViewTest extends QuarkusViewTest {

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
    void theFormPostsToTheSignInPageAndGoesOnToTheWantedPage() {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of(ContinuePath.PARAMETER, "account"));

        var form = $(SignInForm.class).single().getElement();
        assertThat(form.getAttribute("method"), is("post"));
        assertThat(form.getAttribute("action"), is("login?continue=account"));
    }

    @Test
    void eachDemoAccountIsAFormOfItsOwnThatSignsInWithItAndGoesOnToTheWantedPage() {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of(ContinuePath.PARAMETER, "account"));

        var forms = $(SignInPostForm.class, $(DemoAccountList.class).single()).all();
        assertThat(forms.stream().map(form -> $(Input.class, form).all().stream()
                .map(field -> field.getElement().getAttribute("value")).toList()).toList(), contains(
                List.of(DemoAccounts.RUNNER, DemoAccounts.PASSWORD), List.of(DemoAccounts.EDITOR, DemoAccounts.PASSWORD),
                List.of(DemoAccounts.COACH, DemoAccounts.PASSWORD), List.of(DemoAccounts.ADMIN, DemoAccounts.PASSWORD)));
        forms.forEach(form -> assertThat(form.getElement().getAttribute("action"), is("login?continue=account")));
    }
}
