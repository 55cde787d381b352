package run.limber.webui.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitUntilState;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.testing.BrowserTest;
import run.limber.testing.TestAccounts;

/**
 * The first screen in Chromium: readable and navigable with scripts off; with them on, replaced once by the client,
 * which on a page that works without it starts at the visitor's first interaction outside its links and forms.
 */
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
    void onAPageToReadTheClientStartsAtTheFirstKeyAndTakesThePageOverOnce() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            List<String> requested = new CopyOnWriteArrayList<>();
            page.onRequest(request -> requested.add(request.url()));
            page.navigate(root + "reference");
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(heading(page)).hasText("Quick reference");
            assertFalse(requested.stream().anyMatch(url -> url.contains("/VAADIN/build/indexhtml")), "no client yet");

            page.keyboard().press("Tab");

            page.waitForSelector("#" + RenderedPage.ID, new Page.WaitForSelectorOptions()
                    .setState(WaitForSelectorState.DETACHED));
            assertThat(heading(page)).hasText("Quick reference");
            assertEquals(1, page.locator("h1").count(), "one page, not two");
            assertEquals(1, page.locator("#content").count(), "the skip link's target is unique");
        }
    }

    @Test
    void theSignInFormSignsInBeforeTheClientHasStarted() {
        var account = TestAccounts.register();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            List<String> requested = new CopyOnWriteArrayList<>();
            page.onRequest(request -> requested.add(request.url()));
            page.navigate(root + "login?continue=account");
            page.waitForLoadState(LoadState.NETWORKIDLE);

            page.getByLabel("Email").fill(account.email());
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(account.password());
            assertFalse(requested.stream().anyMatch(url -> url.contains("/VAADIN/build/indexhtml")),
                    "typing in the form needs no client");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();

            page.waitForURL("**/account");
            assertThat(heading(page)).hasText("Your account");
        }
    }

    @Test
    void aTapOnAControlWhileTheClientIsStartingIsMadeOnceItHasStarted() {
        var account = TestAccounts.register();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(root + "login?continue=routines/post-run-cooldown/play");
            signIn(page, account.email(), account.password());
            page.waitForURL("**/play");
            List<Route> held = new ArrayList<>();
            page.route("**/VAADIN/build/**", held::add);

            page.navigate(root + "routines/post-run-cooldown/play?context=after_run", new Page.NavigateOptions()
                    .setWaitUntil(WaitUntilState.DOMCONTENTLOADED));
            page.locator("#" + RenderedPage.ID + " vaadin-button", new Page.LocatorOptions().setHasText("Start"))
                    .click(new Locator.ClickOptions().setForce(true));
            page.unrouteAll();
            held.forEach(Route::resume);

            assertThat(heading(page)).hasText("Hip Switches");
        }
    }

    @Test
    void theQuickReferencePrintsAtTheFirstTap() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.addInitScript("window.print = () => { window.printed = (window.printed ?? 0) + 1; };");
            page.navigate(root + "reference");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print")).click();

            assertEquals(1, page.evaluate("window.printed"));
        }
    }

    @Test
    void aDemoAccountSignsInWithOneTapBeforeTheClientHasStarted() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(root + "login?continue=account");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in as " + DemoAccounts.RUNNER))
                    .click();

            page.waitForURL("**/account");
            assertThat(page.getByText("Signed in as " + DemoAccounts.RUNNER + ".")).isVisible();
        }
    }

    @Test
    void withScriptsOffAWrongPasswordComesBackBesideTheFormWithTheEmailKept() {
        var account = TestAccounts.register();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(root + "login");

            signIn(page, account.email(), "not the password");

            assertThat(page.getByRole(AriaRole.ALERT)).hasText("Email or password is wrong.");
            assertThat(page.getByLabel("Email")).hasValue(account.email());
            signIn(page, account.email(), account.password());
            page.waitForURL(root.toString());
        }
    }

    @Test
    void whatWasTypedIsKeptWhenTheClientTakesThePageOver() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(root + "login");
            page.getByLabel("Email").fill("someone@example.org");
            assertEquals(null, page.evaluate("window.limberClientStarted"), "typing in the form starts no client");

            heading(page).click();
            page.waitForSelector("#" + RenderedPage.ID, new Page.WaitForSelectorOptions()
                    .setState(WaitForSelectorState.DETACHED));

            assertThat(page.getByLabel("Email")).hasValue("someone@example.org");
        }
    }

    private static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }
}
