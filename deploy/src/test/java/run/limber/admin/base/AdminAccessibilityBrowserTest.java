package run.limber.admin.base;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.domain.accounts.WebSessions;
import run.limber.testing.BrowserTest;
import run.limber.testing.TestAccounts;

/**
 * Every admin page, as a platform admin sees it, checked by axe-core in a real browser; and signing
 * out of the admin area. The seeded ankle matrix has seven steps, so its editor shows fourteen move
 * buttons.
 */
@QuarkusTest
class AdminAccessibilityBrowserTest extends BrowserTest {

    /** One page of each kind: the routine and note lists are the drill list's component again. */
    private static final List<String> PAGES = List.of("admin", "admin/review", "admin/drills",
            "admin/drills/straight-leg-ankle-matrix", "admin/drills/new", "admin/routines/ten-minute-mobility",
            "admin/notes/hydration", "admin/content-bundle", "admin/users", "admin/audit", "admin/clubs");
    /** The coach pages of one club, after {@code coach/{id}}. */
    private static final List<String> CLUB_PAGES = List.of("", "/members", "/groups", "/assignments", "/settings");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    /** No server round trip in flight, as Vaadin's own TestBench waits for before it looks. */
    private static final String VAADIN_IDLE = "() => !!window.Vaadin?.Flow?.clients"
            + " && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive?.())";

    @Test
    void adminPagesHaveNoSeriousAccessibilityViolations() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
            assertThat(violations(page, PAGES), empty());
        }
    }

    /** A fresh runner who owns a club with a group, a member in it and an assignment, so every part has content. */
    @Test
    void coachPagesHaveNoSeriousAccessibilityViolations() {
        var coach = TestAccounts.register();
        String token = coach.accessToken();
        long club = TestAccounts.as(token).body(Map.of("name", "Axe Runners", "timeZone", "Europe/Berlin"))
                .when().post("/api/v1/clubs").then().statusCode(201).extract().jsonPath().getLong("id");
        String clubPath = "/api/v1/clubs/" + club;
        long group = TestAccounts.as(token).body(Map.of("name", "Tuesdays")).when().post(clubPath + "/groups")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        TestAccounts.as(token).when().put(clubPath + "/groups/" + group + "/members/" + coach.id())
                .then().statusCode(204);
        TestAccounts.as(token).body(Map.of("routine", "ten-minute-mobility", "groupId", group,
                        "days", List.of("MONDAY", "THURSDAY"), "context", "BEFORE_RUN",
                        "startsOn", LocalDate.now(ZoneId.of("Europe/Berlin")).toString()))
                .when().post(clubPath + "/assignments").then().statusCode(201);
        var paths = new ArrayList<String>(List.of("coach"));
        CLUB_PAGES.forEach(section -> paths.add("coach/" + club + section));
        paths.add("coach/" + club + "/members/" + coach.id()); // a member's page: the owner is a member too

        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, coach.email(), coach.password());
            assertThat(violations(page, paths), empty());
        }
    }

    private List<String> violations(Page page, List<String> paths) {
        var violations = new ArrayList<String>();
        for (String path : paths) {
            page.navigate(root + path);
            page.locator("h1").first().waitFor();
            page.waitForFunction(VAADIN_IDLE);
            for (Rule rule : new AxeBuilder(page).options(withNameMatchingVisibleText()).analyze().getViolations()) {
                if (BLOCKING.contains(rule.getImpact())) {
                    violations.add(path + ": " + rule.getId() + " (" + rule.getImpact() + ", "
                            + rule.getNodes().size() + " elements, first " + rule.getNodes().getFirst().getTarget() + ") "
                            + rule.getHelp());
                }
            }
        }
        return violations;
    }

    @Test
    void loggingOutOfTheAdminAreaEndsTheSession() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, DemoAccounts.EDITOR, DemoAccounts.PASSWORD);
            page.navigate(root + "admin");
            page.getByRole(AriaRole.MENUBAR, new Page.GetByRoleOptions().setName("Your account"))
                    .getByRole(AriaRole.MENUITEM).first().click();
            page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Log out")).click();
            page.waitForURL(root.toString());
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
            assertThat(context.cookies().stream().map(cookie -> cookie.name).toList(),
                    not(hasItem(WebSessions.COOKIE)));

            page.navigate(root + "admin");
            page.waitForURL("**/login?continue=admin");
        }
    }

    /** axe counts this rule (WCAG 2.5.3) as experimental and leaves it off unless asked. */
    private static AxeRunOptions withNameMatchingVisibleText() {
        var enabled = new AxeRuleOptions();
        enabled.setEnabled(true);
        var options = new AxeRunOptions();
        options.setRules(Map.of("label-content-name-mismatch", enabled));
        return options;
    }

    private Page signIn(BrowserContext context, String email, String password) {
        Page page = context.newPage();
        page.navigate(root + "login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }
}
