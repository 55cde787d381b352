package run.limber.webui.library;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import run.limber.testing.BrowserTest;

/** The runner's way in, in a real browser: Debian's Chromium, driven by Playwright; no browser download. */
@QuarkusTest
class LibraryBrowserTest extends BrowserTest {

    private static final int PHONE_WIDTH = 390;

    @Test
    void aRunnerOpensADrillFromTheLibraryAndSeesItsNumberedSteps() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(root.toString());

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Straight-Leg Ankle Matrix")).click();

            page.waitForURL("**/drills/straight-leg-ankle-matrix");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Straight-Leg Ankle Matrix");
            Locator steps = page.locator("ol.steps > li");
            assertThat(steps.first()).hasText("Place one leg behind you, heel down and toes pointing straight ahead.");
            assertThat(steps.last()).hasText("Change legs and run through all three angles again.");
            assertThat(page).hasTitle("Straight-Leg Ankle Matrix · Limber");
        }
    }

    @Test
    void theLibraryAndADrillFitAPhoneScreenWithoutSidewaysScrolling() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(PHONE_WIDTH, 844))) {
            Page page = context.newPage();
            page.navigate(root.toString());
            assertThat(page.locator(".drill-card").first()).isVisible();
            assertTrue(scrollWidth(page) <= PHONE_WIDTH, "library scrolls sideways: " + scrollWidth(page));

            page.navigate(root + "drills/standing-hip-cars");
            assertThat(page.locator("ol.steps")).isVisible();
            assertTrue(scrollWidth(page) <= PHONE_WIDTH, "drill page scrolls sideways: " + scrollWidth(page));
        }
    }

    private static int scrollWidth(Page page) {
        return ((Number) page.evaluate("document.scrollingElement.scrollWidth")).intValue();
    }
}
