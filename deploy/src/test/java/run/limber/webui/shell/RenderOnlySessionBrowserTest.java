package run.limber.webui.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import run.limber.testing.BrowserTest;

/** The short session of a page load in Chromium: the client that starts in it keeps it, or starts in a new one. */
@QuarkusTest
class RenderOnlySessionBrowserTest extends BrowserTest {

    @Test
    void theClientStartingInTheShortSessionGivesItTheFullTimeoutAndALaterPageLoadLeavesItSo() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(root + "reference");
            HttpSession session = LiveSessions.get(sessionId(context));
            assertEquals(RenderOnlyUi.RENDER_ONLY_SESSION_SECONDS, session.getMaxInactiveInterval());

            startClient(page);
            assertEquals(LiveSessions.fullTimeout(session), session.getMaxInactiveInterval());

            page.navigate(root + "notes");
            assertThat(heading(page)).hasText("Recovery and nutrition");
            assertEquals(session.getId(), sessionId(context));
            assertEquals(LiveSessions.fullTimeout(session), session.getMaxInactiveInterval());
        }
    }

    @Test
    void aClientStartingAfterTheShortSessionExpiredWorksInANewSession() throws InterruptedException {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(root + "reference");
            String expired = sessionId(context);
            // Ages the session as the short life without a request would, in a second instead of thirty.
            LiveSessions.get(expired).setMaxInactiveInterval(1);
            for (int wait = 0; wait < 100 && LiveSessions.find(expired).isPresent(); wait++) {
                Thread.sleep(100);
            }
            assertTrue(LiveSessions.find(expired).isEmpty(), "the server let the session go");

            startClient(page);
            List<String> pageLoads = new CopyOnWriteArrayList<>();
            page.onRequest(request -> {
                if (request.isNavigationRequest()) {
                    pageLoads.add(request.url());
                }
            });
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notes")).click();
            page.waitForURL("**/notes");
            assertThat(heading(page)).hasText("Recovery and nutrition");
            assertEquals(List.of(), pageLoads, "the client's own UI navigated, no page load");

            String started = sessionId(context);
            assertNotEquals(expired, started);
            HttpSession session = LiveSessions.get(started);
            assertEquals(LiveSessions.fullTimeout(session), session.getMaxInactiveInterval());
        }
    }

    private static void startClient(Page page) {
        page.keyboard().press("Tab");
        page.waitForSelector("#" + RenderedPage.ID, new Page.WaitForSelectorOptions()
                .setState(WaitForSelectorState.DETACHED));
        assertThat(heading(page)).hasText("Quick reference");
    }

    private static String sessionId(BrowserContext context) {
        return context.cookies().stream().filter(cookie -> cookie.name.equals(LiveSessions.COOKIE)).findFirst()
                .orElseThrow().value;
    }

    private static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }
}
