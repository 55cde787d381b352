package run.limber.webui.base;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.vaadin.flow.component.UI;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import run.limber.admin.content.ContentOverviewView;
import run.limber.admin.users.UsersView;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.testing.QuarkusViewTest;
import run.limber.webui.account.LoginView;
import run.limber.webui.account.MyAccountView;

@QuarkusTest
class NavigationAccessTest extends QuarkusViewTest {

    @Test
    void aViewWithoutAnAccessAnnotationIsDeniedEvenToAnAdmin() {
        signInAs(DemoAccounts.ADMIN);

        navigate("test-only/unannotated", AccessDeniedView.class);

        assertThat($(UnannotatedView.class).exists(), is(false));
    }

    @Test
    void anUnknownAddressShowsTheNotFoundPageInTheRunnerLayout() {
        navigate("no/such/page", NotFoundView.class);

        assertThat($(RunnerLayout.class).exists(), is(true));
    }

    @Test
    void anAnonymousVisitorOfTheAccountPageIsSentToSignInAndBackAfterwards() {
        navigate("account", LoginView.class);

        assertThat(currentAddress(), is("login?continue=account"));
    }

    @Test
    void anAnonymousVisitorOfThePlayerIsSentToSignInAndBackToTheSameRoutine() {
        navigate("routines/post-run-cooldown/play", LoginView.class);

        assertThat(currentAddress(), is("login?continue=routines%2Fpost-run-cooldown%2Fplay"));
    }

    @Test
    void anAnonymousVisitorOfAnAdminPageIsSentToSignInToo() {
        navigate("admin/users", LoginView.class);

        assertThat(currentAddress(), is("login?continue=admin%2Fusers"));
    }

    @Test
    void aSignedInRunnerReachesTheirAccountPage() {
        signInAs(DemoAccounts.RUNNER);

        navigate("account", MyAccountView.class);
    }

    @Test
    void aRunnerIsDeniedUserAdministrationWithoutBeingAskedToSignInAgain() {
        signInAs(DemoAccounts.RUNNER);

        navigate("admin/users", AccessDeniedView.class);

        assertThat($(UsersView.class).exists(), is(false));
    }

    @Test
    void aRunnerIsDeniedTheContentOverview() {
        signInAs(DemoAccounts.RUNNER);

        navigate("admin", AccessDeniedView.class);
    }

    @Test
    void anEditorSeesTheContentOverviewButNotUserAdministration() {
        signInAs(DemoAccounts.EDITOR);

        navigate("admin", ContentOverviewView.class);
        navigate("admin/users", AccessDeniedView.class);
    }

    @Test
    void anAdminSeesUserAdministration() {
        signInAs(DemoAccounts.ADMIN);

        navigate("admin/users", UsersView.class);
    }

    private static String currentAddress() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
