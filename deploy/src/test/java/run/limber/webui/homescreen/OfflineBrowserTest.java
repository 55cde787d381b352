package run.limber.webui.homescreen;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import run.limber.testing.BrowserTest;
import run.limber.testing.TestAccounts;

/**
 * Without a connection, in a real browser: the quick reference still opens, every other page is the offline page, and
 * the service worker has kept nothing but the quick reference, the offline page and static files.
 */
@QuarkusTest
class OfflineBrowserTest extends BrowserTest {

    private static final List<String> STATIC_FILES = List.of("/VAADIN/build/", "/styles/", "/icons/", "/lumo/");

    @Test
    void offlineTheQuickReferenceStillOpensAndOtherPagesShowTheOfflinePage() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(root + "reference");
            page.waitForFunction("navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller !== null)");
            page.reload(); // now through the worker, which keeps the page's files as well
            page.navigate(root + "drills/hip-switches"); // a page it must not keep

            context.setOffline(true);
            page.navigate(root + "reference");
            // The kept copy of the page, with its content (it comes in the page's first response), not the offline page.
            assertEquals(root + "reference", page.url());
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Quick reference");
            assertThat(page.getByText("Straight-Leg Ankle Matrix").first()).isVisible();
            assertThat(page.getByText("You are offline")).hasCount(0);

            page.navigate(root.toString());
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("You are offline");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The quick reference")))
                    .hasAttribute("href", "/reference");

            List<String> kept = keptPaths(page);
            assertTrue(kept.containsAll(List.of("/reference", "/offline.html")), kept.toString());
            assertTrue(kept.stream().anyMatch(path -> path.startsWith("/VAADIN/build/")), "no script kept: " + kept);
            assertTrue(kept.stream().allMatch(path -> path.equals("/reference") || path.equals("/offline.html")
                    || STATIC_FILES.stream().anyMatch(path::startsWith)), "kept more than it may: " + kept);
        }
    }

    @Test
    void aSignedInRunnersOfflineQuickReferenceIsThePublicPage() {
        var runner = TestAccounts.register();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(root + "login?continue=reference");
            signIn(page, runner.email(), runner.password());
            page.waitForURL("**/reference");
            page.waitForFunction("navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller !== null)");
            page.reload();
            assertThat(page.getByText("Test Runner").first()).isVisible();

            context.setOffline(true);
            page.navigate(root + "reference");

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Quick reference");
            assertThat(link(page, "Sign in")).isVisible();
            assertThat(link(page, "Progress")).hasCount(0);
        }
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The paths of everything the service worker keeps. */
    @SuppressWarnings("unchecked")
    private static List<String> keptPaths(Page page) {
        return (List<String>) page.evaluate("caches.open('limber-offline-v1').then(cache => cache.keys())"
                + ".then(requests => requests.map(request => new URL(request.url).pathname))");
    }
}
