package run.limber.deploy.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pages work under the Content-Security-Policy, in a real browser that would block what it forbids. */
@QuarkusTest
class ContentSecurityPolicyBrowserTest {

    /** Collects what the browser blocked, from the first script on. */
    private static final String RECORD_VIOLATIONS = """
            window.cspViolations = [];
            document.addEventListener('securitypolicyviolation',
                e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
            """;

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
    void theRunnerPagesRunWithoutViolations() {
        try (BrowserContext context = browser.newContext()) {
            context.addInitScript(RECORD_VIOLATIONS);
            Page page = context.newPage();
            page.navigate(root.toString());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hip Switches")).click();
            page.waitForURL("**/drills/hip-switches");
            assertThat(page.locator("ol.steps")).isVisible();

            assertEquals(List.of(), page.evaluate("window.cspViolations"));
        }
    }

    @Test
    void swaggerUiShowsTheApiWithoutViolations() {
        try (BrowserContext context = browser.newContext()) {
            context.addInitScript(RECORD_VIOLATIONS);
            Page page = context.newPage();
            page.navigate(root + "q/swagger-ui");
            assertThat(page.getByText("List published drills")).isVisible();

            assertEquals(List.of(), page.evaluate("window.cspViolations"));
        }
    }
}
