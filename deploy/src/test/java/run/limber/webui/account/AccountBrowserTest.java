package run.limber.webui.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import run.limber.testing.BrowserTest;

/**
 * A new runner's way in, in a real browser (Debian's Chromium, driven by Playwright): register,
 * reach the account page, log out, come back through the sign-in page.
 */
@QuarkusTest
class AccountBrowserTest extends BrowserTest {

    private static final String PASSWORD = "mobility before mileage";

    @Test
    void aNewRunnerRegistersLogsOutAndSignsInAgain() {
        String email = "runner-" + UUID.randomUUID() + "@example.org";
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();

            page.navigate(root + "register");
            page.getByLabel("Email").fill(email);
            page.getByLabel("Your name").fill("Robin Runner");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();

            page.waitForURL("**/account");
            assertThat(heading(page)).hasText("Your account");
            assertThat(page.getByText("Signed in as " + email + ".")).isVisible();

            page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Robin Runner")).click();
            page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Log out")).click();
            page.waitForURL(root.toString());
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();

            page.navigate(root + "account");
            page.waitForURL("**/login?continue=account");
            page.getByLabel("Email").fill(email);
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();

            page.waitForURL("**/account");
            assertThat(heading(page)).hasText("Your account");
        }
    }

    private static com.microsoft.playwright.Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }
}
