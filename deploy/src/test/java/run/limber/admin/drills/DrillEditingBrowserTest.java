package run.limber.admin.drills;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.testing.BrowserTest;

/**
 * The editorial path in a real browser: an editor writes a new drill and submits it, an admin
 * approves it, and runners see it on its page.
 */
@QuarkusTest
class DrillEditingBrowserTest extends BrowserTest {

    @Test
    void anEditorsNewDrillIsOnTheRunnerPageOnceAnotherApprovesIt() {
        String code = UUID.randomUUID().toString().substring(0, 8);
        String name = "Calf Pulses " + code;
        String slug = "calf-pulses-" + code;
        try (BrowserContext editor = browser.newContext(); BrowserContext admin = browser.newContext()) {
            Page page = signIn(editor, DemoAccounts.EDITOR);
            page.navigate(root + "admin/drills/new");
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
            assertThat(page.getByLabel("Slug (web address)")).hasValue(slug);
            page.getByLabel("Calf", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("Before a run", new Page.GetByLabelOptions().setExact(true)).check();
            button(page, "Add step").click();
            page.getByLabel("Step 1", new Page.GetByLabelOptions().setExact(true)).fill("Rise onto the toes and pulse gently at the top.");
            page.getByLabel("Fewest reps").fill("8");
            page.getByLabel("Most reps").fill("12");
            page.getByLabel("Seconds per rep").fill("2");
            assertThat(page.locator(".admin-preview__label")).hasText("8–12 reps in total");
            button(page, "Create draft").click();
            page.waitForURL("**/admin/drills/" + slug);
            button(page, "Submit for review").click();
            assertThat(page.locator(".admin-status")).hasText("In review");

            Page reviewer = signIn(admin, DemoAccounts.ADMIN);
            reviewer.navigate(root + "admin/review");
            reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and publish " + name))
                    .click();
            assertThat(reviewer.getByText("Nothing is waiting for your review.").or(reviewer.getByRole(AriaRole.GRID)))
                    .isVisible();

            page.navigate(root + "drills/" + slug);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(name);
        }
    }

    private Page signIn(BrowserContext context, String email) {
        Page page = context.newPage();
        page.navigate(root + "login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(DemoAccounts.PASSWORD);
        button(page, "Sign in").click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
