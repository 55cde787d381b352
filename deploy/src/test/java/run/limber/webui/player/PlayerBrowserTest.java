package run.limber.webui.player;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import run.limber.testing.BrowserTest;
import run.limber.testing.TestAccounts;

/**
 * A runner plays the post-run cooldown end to end on a phone-sized screen, in a real browser: signs in on the way,
 * counts every rep with the space bar, goes through the switch screens, saves the session and finds it on its
 * progress page.
 */
@QuarkusTest
class PlayerBrowserTest extends BrowserTest {

    private static final int REPS = 10;

    @Test
    void aRunnerPlaysTheCooldownToTheEndOnAPhoneAndSavesIt() {
        var account = TestAccounts.register();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setHasTouch(true).setIsMobile(true))) {
            Page page = context.newPage();

            page.navigate(root + "routines/post-run-cooldown/play?context=after_run");
            page.waitForURL("**/login?continue=**");
            page.getByLabel("Email").fill(account.email());
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(account.password());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
            page.waitForURL("**/routines/post-run-cooldown/play?context=after_run");

            assertThat(heading(page)).hasText("Post-Run Cooldown");
            assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("After a run"))).isChecked();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).tap();

            assertThat(heading(page)).hasText("Hip Switches");
            assertThat(page.getByText("Get ready")).isVisible();
            countEveryRepAndGoOn(page);

            assertThat(exactly(page, "Next drill")).isVisible();
            page.keyboard().press("Space");
            assertThat(heading(page)).hasText("Side-Lying Open Books");
            countEveryRepAndGoOn(page);

            assertThat(exactly(page, "Switch sides")).isVisible();
            page.keyboard().press("Space");
            assertThat(exactly(page, "Left side")).isVisible();
            countEveryRepAndGoOn(page);

            assertThat(heading(page)).hasText("Routine done");
            assertThat(page.getByText("3 of 3 sets done")).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save session")).tap();

            assertThat(heading(page)).hasText("Session saved");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See your progress")).tap();

            page.waitForURL("**/progress");
            assertThat(page.locator(".recent-sessions li")).hasCount(1);
            assertThat(page.locator(".recent-sessions li")).containsText("Post-Run Cooldown, after a run");
        }
    }

    /** Space counts each rep; once the set's reps are reached, space goes on. */
    private static void countEveryRepAndGoOn(Page page) {
        Locator counter = page.locator("vaadin-button.player-counter");
        for (int rep = 1; rep <= REPS; rep++) {
            page.keyboard().press("Space");
            assertThat(counter).hasText(Integer.toString(rep));
        }
        page.keyboard().press("Space");
    }

    private static Locator exactly(Page page, String text) {
        return page.getByText(text, new Page.GetByTextOptions().setExact(true));
    }

    private static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }
}
