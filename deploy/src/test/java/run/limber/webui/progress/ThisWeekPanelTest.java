package run.limber.webui.progress;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.register;

import com.vaadin.flow.component.html.Anchor;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.limber.testing.QuarkusViewTest;
import run.limber.testing.TestAccounts;
import run.limber.webui.library.LibraryView;

/** The home page's "this week" panel: for signed-in runners only, above the library. */
@QuarkusTest
class ThisWeekPanelTest extends QuarkusViewTest {

    @Test
    void anonymousVisitorsSeeTheLibraryAsBefore() {
        navigate(LibraryView.class);

        assertThat($(ThisWeekPanel.class).exists(), is(false));
    }

    @Test
    void aRunnerSeesTheWeekAgainstTheGoalAndWhatToDoToday() {
        var runner = register();
        as(runner.accessToken()).body(Map.of("routine", "ten-minute-mobility", "context", "REST_DAY",
                "startedAt", Instant.now().minusSeconds(900).toString(), "durationSeconds", 600))
                .when().post("/api/v1/me/sessions").then().statusCode(201);
        signInAs(runner.email(), TestAccounts.PASSWORD);

        navigate(LibraryView.class);

        ThisWeekPanel panel = $(ThisWeekPanel.class).single();
        assertThat(panel.getElement().getTextRecursively(), containsString("1 of 3 sessions"));
        assertThat(panel.getElement().getTextRecursively(), containsString("Meet this week's goal to start a streak."));
        List<String> links = $(Anchor.class, panel).all().stream().map(Anchor::getHref).toList();
        assertThat(links, hasItems("routines/ten-minute-mobility/play?context=BEFORE_RUN",
                "routines/post-run-cooldown/play?context=AFTER_RUN",
                "routines/ten-minute-mobility/play?context=REST_DAY", "progress"));
        // Above the drill library, not below it.
        assertThat(panel.getParent().orElseThrow().getElement().indexOfChild(panel.getElement()), is(1));
    }
}
