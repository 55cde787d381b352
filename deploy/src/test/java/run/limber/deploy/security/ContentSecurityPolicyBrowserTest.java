package run.limber.deploy.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import run.limber.testing.BrowserTest;

/** The pages work under the Content-Security-Policy, in a real browser that would block what it forbids. */
@QuarkusTest
class ContentSecurityPolicyBrowserTest extends BrowserTest {

    /** Collects what the browser blocked, from the first script on. */
    private static final String RECORD_VIOLATIONS = """
            window.cspViolations = [];
            document.addEventListener('securitypolicyviolation',
                e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
            """;

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
