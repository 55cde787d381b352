package run.limber.webui.clubs;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import run.limber.testing.BrowserTest;
import run.limber.testing.TestAccounts;

/**
 * A club from both sides, in two browsers at once: a coach creates a club, a group and an assignment for it; a runner
 * joins by the link from the club's settings, choosing what to share; the coach puts the runner in the group; the
 * runner plays the assigned routine from the home page and saves it; the coach's dashboard counts the session.
 */
@QuarkusTest
class ClubJourneyBrowserTest extends BrowserTest {

    private static final Pattern CLUB_PAGE = Pattern.compile(".*/coach/\\d+$");

    /**
     * Eleven hours behind UTC, so for half of each UTC day the club's date is yesterday's: the assignment form must
     * start on the club's today, not the server's, for the session to count.
     */
    private static final ZoneId ZONE = ZoneId.of("Pacific/Pago_Pago");

    @Test
    void aRunnerJoinsByLinkPlaysTheAssignmentAndTheCoachSeesTheWeekCounted() {
        String code = UUID.randomUUID().toString().substring(0, 8);
        String clubName = "Harbour Striders " + code;
        String runnerName = "Robin " + code;
        var coach = register("Coach " + code);
        var runner = register(runnerName);
        String today = LocalDate.now(ZONE).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        try (BrowserContext coachContext = browser.newContext(); BrowserContext runnerContext = browser.newContext()) {
            Page coachPage = signIn(coachContext, "coach", coach);
            coachPage.getByLabel("Club name").fill(clubName);
            coachPage.getByLabel("Time zone").fill(ZONE.getId());
            option(coachPage, ZONE.getId()).click();
            button(coachPage, "Create the club").click();
            coachPage.waitForURL(CLUB_PAGE);
            assertThat(heading(coachPage)).hasText("Dashboard · " + clubName);
            String clubPage = coachPage.url();

            coachPage.navigate(clubPage + "/groups");
            coachPage.getByLabel("New group's name").fill("Early birds");
            button(coachPage, "Create the group").click();
            assertThat(button(coachPage, "Members of Early birds")).isVisible();

            coachPage.navigate(clubPage + "/assignments");
            coachPage.getByLabel("Routine", new Page.GetByLabelOptions().setExact(true)).fill("Post-Run Cooldown");
            option(coachPage, "Post-Run Cooldown").click();
            coachPage.getByLabel("Group", new Page.GetByLabelOptions().setExact(true)).click();
            option(coachPage, "Early birds").click();
            coachPage.getByLabel(today, new Page.GetByLabelOptions().setExact(true)).check();
            coachPage.getByLabel("When", new Page.GetByLabelOptions().setExact(true)).click();
            option(coachPage, "After run").click();
            button(coachPage, "Assign").click();
            assertThat(coachPage.getByText("Group Early birds", new Page.GetByTextOptions().setExact(true)))
                    .isVisible();

            coachPage.navigate(clubPage + "/settings");
            String joinLink = coachPage.getByLabel("Join link").inputValue();

            Page runnerPage = signIn(runnerContext, "login", runner);
            // the link names Limber's public address; the runner follows its path on the server under test
            runnerPage.navigate(root + URI.create(joinLink).getPath().substring(1));
            assertThat(heading(runnerPage)).hasText("Join " + clubName);
            assertThat(runnerPage.getByText("Your number of sessions per week of each routine the club assigns you"))
                    .isVisible();
            runnerPage.getByLabel("How easy each session felt, shown with its day and routine").check();
            button(runnerPage, "Join " + clubName).click();
            assertThat(runnerPage.getByRole(AriaRole.STATUS)).hasText("You joined " + clubName + ".");

            coachPage.navigate(clubPage + "/members");
            button(coachPage, "Groups: " + runnerName).click();
            coachPage.getByLabel("Early birds", new Page.GetByLabelOptions().setExact(true)).check();
            button(coachPage, "Save groups").click();
            assertThat(coachPage.getByText("Groups of " + runnerName + " saved.")).isVisible();

            runnerPage.navigate(root.toString());
            var fromYourClub = runnerPage.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("From your club"));
            assertThat(fromYourClub).containsText(clubName + ": Post-Run Cooldown");
            assertThat(fromYourClub).containsText("this week 0 of 1");
            fromYourClub.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Play Post-Run Cooldown")).click();
            playToTheEndAndSave(runnerPage);

            coachPage.navigate(clubPage);
            var row = coachPage.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(runnerName));
            assertThat(row).containsText("Met, 1/1");
        }
    }

    /** Starts after a run and goes on through every set and switch screen without counting reps. */
    private static void playToTheEndAndSave(Page page) {
        page.getByLabel("After a run", new Page.GetByLabelOptions().setExact(true)).check();
        button(page, "Start").click();
        assertThat(heading(page)).hasText("Hip Switches");
        button(page, "Done").click();
        assertThat(page.getByText("Next drill", new Page.GetByTextOptions().setExact(true))).isVisible();
        button(page, "Ready").click();
        assertThat(heading(page)).hasText("Side-Lying Open Books");
        button(page, "Done").click();
        assertThat(page.getByText("Switch sides", new Page.GetByTextOptions().setExact(true))).isVisible();
        button(page, "Ready").click();
        assertThat(page.getByText("Left side", new Page.GetByTextOptions().setExact(true))).isVisible();
        button(page, "Done").click();
        assertThat(heading(page)).hasText("Routine done");
        button(page, "Save session").click();
        assertThat(heading(page)).hasText("Session saved");
    }

    private Page signIn(BrowserContext context, String path, TestAccounts.Account account) {
        Page page = context.newPage();
        page.navigate(root + path);
        page.waitForURL("**/login**");
        page.getByLabel("Email").fill(account.email());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(account.password());
        button(page, "Sign in").click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    /**
     * An account under a name of its own, so the coach's members page tells the two apart, living in the club's zone:
     * a runner a day ahead would have joined after the club's today, which then asks nothing of them.
     */
    private static TestAccounts.Account register(String displayName) {
        String email = TestAccounts.uniqueEmail();
        long id = TestAccounts.client()
                .body(Map.of("email", email, "password", TestAccounts.PASSWORD, "displayName", displayName,
                        "timeZone", ZONE.getId()))
                .when().post("/api/v1/auth/register")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
        return new TestAccounts.Account(id, email, TestAccounts.PASSWORD);
    }

    private static Locator option(Page page, String name) {
        return page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }
}
