package run.limber.webui.progress;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.register;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.limber.testing.BrowserTest;
import run.limber.testing.TestAccounts;

/** The home panel and the progress page on a phone-sized screen, in a real browser. */
@QuarkusTest
class ProgressBrowserTest extends BrowserTest {

    @Test
    void onAPhoneTheWeekAndBothChartsFitTheScreen() {
        var runner = register();
        String token = runner.accessToken();
        as(token).body(Map.of("routine", "post-run-cooldown", "context", "AFTER_RUN",
                "startedAt", Instant.now().minusSeconds(900).toString(), "durationSeconds", 300))
                .when().post("/api/v1/me/sessions").then().statusCode(201);
        for (int daysAgo : new int[] {40, 10}) {
            as(token).body(Map.of("takenAt", Instant.now().minus(daysAgo, ChronoUnit.DAYS).toString(),
                            "kneeToWall", Map.of("leftCm", 9, "rightCm", 11.5)))
                    .when().post("/api/v1/me/assessments").then().statusCode(201);
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.navigate(root + "login?continue=progress");
            page.getByLabel("Email").fill(runner.email());
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();

            page.waitForURL("**/progress");
            assertThat(page.getByText("This week: 1 of 3.")).isVisible();
            assertThat(page.locator("svg.chart--weeks")).isVisible();
            assertThat(page.locator("svg.chart--self-test")).isVisible();
            assertThat(page.getByText("Your sides are 2.5 cm apart", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            fitsTheScreen(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Drills")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This week"))).isVisible();
            assertThat(page.getByText("1 of 3")).isVisible();
            fitsTheScreen(page);
        }
    }

    private static void fitsTheScreen(Page page) {
        int overflow = ((Number) page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
        assertTrue(overflow <= 0, "the page scrolls sideways by " + overflow + " px");
    }
}
