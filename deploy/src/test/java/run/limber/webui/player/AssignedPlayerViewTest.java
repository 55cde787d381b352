package run.limber.webui.player;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.register;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.limber.api.assignments.ClubFixture;
import run.limber.api.editorial.Drafts;
import run.limber.testing.DemoCallers;
import run.limber.testing.QuarkusViewTest;
import run.limber.webui.base.NotFoundView;

/** {@code ?assignment=} plays the routine as the club assignment pinned it, not as published since. */
@QuarkusTest
class AssignedPlayerViewTest extends QuarkusViewTest {

    @Inject
    ClubFixture clubs;

    @Test
    void anAssignmentPlaysItsPinnedRoutine() {
        String routine = Drafts.uniqueSlug("assigned-player");
        DemoCallers.publish("routines", routine, Drafts.routine(routine, "Assigned", List.of("hip-switches")));
        var member = register();
        long runner = member.id();
        var owner = register();
        long club = clubs.club(owner.id(), "UTC");
        clubs.join(club, runner, "MEMBER");
        long id = as(owner.accessToken()).body(Map.of("routine", routine, "memberId", runner, "days", List.of("MONDAY"),
                        "context", "REST_DAY", "startsOn", "2026-12-07"))
                .when().post("/api/v1/clubs/" + club + "/assignments").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Drafts.republish("routines", routine, Drafts.routine(routine, "Assigned", List.of("standing-hip-cars")));
        signInAs(member.email(), member.password());

        UI.getCurrent().navigate("routines/" + routine + "/play",
                QueryParameters.simple(Map.of("assignment", Long.toString(id), "context", "rest-day")));
        test($(Button.class).withText("Start").single()).click();

        assertThat($(H1.class).single().getText(), is("Hip Switches"));
    }

    @Test
    void anAssignmentThatIsNotTheCallersShowsTheNotFoundPage() {
        var member = register();
        signInAs(member.email(), member.password());

        for (String assignment : List.of("9000000000", "first")) {
            UI.getCurrent().navigate("routines/post-run-cooldown/play", QueryParameters.of("assignment", assignment));
            assertThat($(NotFoundView.class).exists(), is(true));
            assertThat($(PlayerView.class).exists(), is(false));
        }
    }
}
