package run.limber.webui.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A new runner's way in, in a real browser (Debian's Chromium, driven by Playwright): register,
 * reach the account page, log out, come back through the sign-in page.
 */
@QuarkusTest
class AccountBrowserTest {

    private static final String PASSWORD = "mobility before mileage";

    @TestHTTPResource("/")
    URL root;

    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

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
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

            page.waitForURL("**/account");
            assertThat(heading(page)).hasText("Your account");
        }
    }

    private static com.microsoft.playwright.Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }
}
