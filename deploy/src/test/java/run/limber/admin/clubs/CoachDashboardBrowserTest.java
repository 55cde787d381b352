package run.limber.admin.clubs;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.limber.testing.BrowserTest;
import run.limber.testing.TestAccounts;

/**
 * The dashboard's promise about size: 50 members × 12 weeks fit a 1366 px laptop without sideways scrolling, and on a
 * 390 px phone only the table's own region scrolls, never the page.
 */
@QuarkusTest
class CoachDashboardBrowserTest extends BrowserTest {

    /**
     * Nothing of the page sticks out to the right, apart from what scrolls inside the table's region. (Vaadin's own
     * hidden status message sits off screen on purpose, so the check looks inside the layout only.)
     */
    private static final String STICKING_OUT = "() => [...document.querySelectorAll('.admin *')].filter(e =>"
            + " e.getBoundingClientRect().right > document.documentElement.clientWidth + 1"
            + " && !e.closest('.coach-table')).map(e => e.tagName + '.' + e.className).join('; ')";
    private static final String TABLE_FITS = "() => { const t = document.querySelector('.coach-table');"
            + " return t.scrollWidth <= t.clientWidth; }";

    @Inject
    CoachFixture fixture;

    @Test
    void fiftyMembersTimesTwelveWeeksFitALaptopAndScrollOnlyInsideTheTableOnAPhone() {
        var coach = TestAccounts.register();
        String token = coach.accessToken();
        long club = TestAccounts.as(token).body(Map.of("name", "Fifty Striders", "timeZone", "Europe/Berlin"))
                .when().post("/api/v1/clubs").then().statusCode(201).extract().jsonPath().getLong("id");
        long group = fixture.crowd(club, 49);
        TestAccounts.as(token).body(Map.of("routine", "ten-minute-mobility", "groupId", group,
                        "days", List.of("MONDAY", "THURSDAY"), "context", "BEFORE_RUN",
                        "startsOn", LocalDate.now(ZoneId.of("Europe/Berlin")).minusWeeks(12).toString()))
                .when().post("/api/v1/clubs/" + club + "/assignments").then().statusCode(201);

        try (BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1366, 768))) {
            Page page = context.newPage();
            page.navigate(root + "login");
            page.getByLabel("Email").fill(coach.email());
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(coach.password());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
            page.waitForURL(url -> !url.contains("/login"));

            page.navigate(root + "coach/" + club);
            page.locator(".coach-table tbody tr").nth(49).waitFor();
            assertThat(page.locator(".coach-week").count(), greaterThanOrEqualTo(49 * 11));
            assertThat(page.evaluate(STICKING_OUT), is(""));
            assertThat("table fits 1366 px", (Boolean) page.evaluate(TABLE_FITS), is(true));

            page.setViewportSize(390, 844);
            page.waitForTimeout(300);
            assertThat(page.evaluate(STICKING_OUT), is(""));
            assertThat("the table scrolls in its region", (Boolean) page.evaluate(TABLE_FITS), is(false));
        }
    }
}
