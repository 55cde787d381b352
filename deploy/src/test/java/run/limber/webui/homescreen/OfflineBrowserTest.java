package run.limber.webui.homescreen;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import run.limber.testing.BrowserTest;

/** Without a connection, in a real browser: the quick reference still opens, every other page is the offline page. */
@QuarkusTest
class OfflineBrowserTest extends BrowserTest {

    @Test
    void offlineTheQuickReferenceStillOpensAndOtherPagesShowTheOfflinePage() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(root + "reference");
            page.waitForFunction("navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller !== null)");
            page.reload(); // now through the worker, which keeps the page's files as well

            context.setOffline(true);
            page.reload();
            // The kept copy of the page, not the offline page. While the quick reference's content still arrives
            // after the page (through Vaadin's first request), only the page itself is there to check.
            assertEquals(root + "reference", page.url());
            assertThat(page.locator("head link[rel=manifest]")).hasCount(1);
            assertThat(page.getByText("You are offline")).hasCount(0);

            page.navigate(root.toString());
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("You are offline");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The quick reference")))
                    .hasAttribute("href", "/reference");
        }
    }
}
