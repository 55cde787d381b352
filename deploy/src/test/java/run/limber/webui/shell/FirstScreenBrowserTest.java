package run.limber.webui.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import run.limber.testing.BrowserTest;

/** The first screen in Chromium: readable and navigable with scripts off, replaced once by the client with them on. */
@QuarkusTest
class FirstScreenBrowserTest extends BrowserTest {

    @Test
    void withScriptsOffADrillReadsInFullAndTheNavigationLeadsOn() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(root + "drills/straight-leg-ankle-matrix");

            assertThat(heading(page)).hasText("Straight-Leg Ankle Matrix");
            assertThat(page.locator("ol.steps > li").last()).hasText("Change legs and run through all three angles again.");
            assertThat(page).hasTitle("Straight-Leg Ankle Matrix · Limber");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notes")).click();
            page.waitForURL("**/notes");
            assertThat(heading(page)).hasText("Recovery and nutrition");
        }
    }

    @Test
    void withScriptsOnTheClientTakesThePageOverAndTheFirstCopyIsGone() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(root + "reference");

            page.waitForSelector("#" + RenderedPage.ID, new Page.WaitForSelectorOptions()
                    .setState(WaitForSelectorState.DETACHED));
            assertThat(heading(page)).hasText("Quick reference");
            assertEquals(1, page.locator("h1").count(), "one page, not two");
            assertEquals(1, page.locator("#content").count(), "the skip link's target is unique");
        }
    }

    private static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }
}
