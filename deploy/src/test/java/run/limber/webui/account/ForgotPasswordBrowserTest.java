package run.limber.webui.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import run.limber.testing.BrowserTest;
import run.limber.testing.DemoCallers;
import run.limber.testing.TestAccounts;

/**
 * "Forgot password" asked for through a proxy that forwards a forged host: the mailed link still names the configured
 * public address ({@code %test.limber.web.public-url}), never the host the request claimed. The client address the
 * proxy forwards is the one the audit log (and so the limit per address) sees, through Vaadin's round trips as
 * through the API.
 */
@QuarkusTest
class ForgotPasswordBrowserTest extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("(\\S+)reset-password\\?token=\\S+");

    @Inject
    MockMailbox mailbox;

    @Test
    void theResetLinkNamesTheConfiguredAddressNotTheForgedHost() {
        var account = TestAccounts.register();
        String address = TestAccounts.uniqueAddress();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setExtraHTTPHeaders(
                Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-For", address)))) {
            Page page = context.newPage();
            page.navigate(root + "forgot-password");
            page.getByLabel("Email").fill(account.email());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the link")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("is on its way");
        }

        var mails = mailbox.getMailsSentTo(account.email());
        assertEquals(1, mails.size());
        var link = LINK.matcher(mails.getFirst().getText());
        assertTrue(link.find(), mails.getFirst().getText());
        assertEquals("https://limber.test/", link.group(1));

        DemoCallers.admin().given().queryParam("type", "PASSWORD_RESET_REQUESTED").queryParam("size", 100)
                .when().get("/api/v1/admin/audit")
                .then().statusCode(200)
                .body("items.find { it.subject == '" + account.email() + "' }.address", is(address));
    }
}
