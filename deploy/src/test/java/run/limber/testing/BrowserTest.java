package run.limber.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base for end-to-end tests in a real browser: Debian's Chromium at /usr/bin/chromium, driven by
 * Playwright, which must never download a browser of its own. Subclasses are {@code @QuarkusTest}s
 * and open pages under {@link #root}.
 */
public abstract class BrowserTest {

    /** Without these, Chromium keeps calling home, and this machine's closed network refuses it. */
    private static final List<String> OFFLINE_HEADLESS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    protected static Browser browser;
    private static Playwright playwright;

    @TestHTTPResource("/")
    protected URL root;

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(OFFLINE_HEADLESS));
    }

    /** Fills the sign-in form on {@code page} (at {@code /login}) and sends it. */
    protected static void signIn(Page page, String email, String password) {
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }
}
