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
import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.limber.api.assignments.ClubFixture;
import run.limber.api.editorial.Drafts;
import run.limber.domain.sessions.SessionService;
import run.limber.domain.shared.PageRequest;
import run.limber.testing.DemoCallers;
import run.limber.testing.QuarkusViewTest;
import run.limber.webui.base.NotFoundView;

/** {@code ?assignment=} plays the routine as the club assignment pinned it, not as published since. */
@QuarkusTest
class AssignedPlayerViewTest extends QuarkusViewTest {

    @Inject
    ClubFixture clubs;

    @Inject
    SessionService sessions;

    @Test
    void anAssignmentPlaysItsPinnedRoutine() {
        String routine = Drafts.uniqueSlug("assigned-player");
        DemoCallers.publish("routines", routine, Drafts.routine(routine, "Assigned", List.of("hip-switches")));
        var member = register();
        long id = assign(routine, member.id());
        Drafts.republish("routines", routine, Drafts.routine(routine, "Assigned", List.of("standing-hip-cars")));
        signInAs(member.email(), member.password());

        play(routine, Map.of("assignment", Long.toString(id), "context", "rest-day"));
        test($(Button.class).withText("Start").single()).click();

        assertThat($(H1.class).single().getText(), is("Hip Switches"));
    }

    @Test
    void theAssignmentAndThePublishedRoutineEachResumeTheirOwnPlay() {
        String routine = Drafts.uniqueSlug("resumed-player");
        DemoCallers.publish("routines", routine, Drafts.routine(routine, "Resumed", List.of("hip-switches")));
        var member = register();
        String assignment = Long.toString(assign(routine, member.id()));
        signInAs(member.email(), member.password());
        play(routine, Map.of("context", "rest-day"));
        test($(Button.class).withText("Start").single()).click();
        count(3);

        play(routine, Map.of("assignment", assignment, "context", "rest-day"));
        assertThat("the published play is not the assignment's", $(Button.class).withText("Start").exists(), is(true));
        test($(Button.class).withText("Start").single()).click();
        count(1);

        play(routine, Map.of());
        assertThat(counter().getText(), is("3"));
        play(routine, Map.of("assignment", assignment));
        assertThat(counter().getText(), is("1"));
        test($(Button.class).withText("Stop and save").single()).click();
        test($(Button.class).withText("Save session").single()).click();

        var logged = sessions.list(Optional.empty(), Optional.empty(), PageRequest.first(5));
        assertThat(logged.total(), is(1L));
        assertThat(logged.items().getFirst().assignment(), is(Long.valueOf(assignment)));
        play(routine, Map.of());
        assertThat("the published play is still there", counter().getText(), is("3"));
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

    /** The routine for the member alone, on Mondays, as its owner (a new account) assigns it in a new club. */
    private long assign(String routine, long runner) {
        var owner = register();
        long club = clubs.club(owner.id(), "UTC");
        clubs.join(club, runner, "MEMBER");
        return as(owner.accessToken()).body(Map.of("routine", routine, "memberId", runner, "days", List.of("MONDAY"),
                        "context", "REST_DAY", "startsOn", "2026-12-07"))
                .when().post("/api/v1/clubs/" + club + "/assignments").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private void play(String routine, Map<String, String> query) {
        UI.getCurrent().navigate("routines/" + routine + "/play", QueryParameters.simple(query));
        assertThat($(PlayerView.class).exists(), is(true));
    }

    private Button counter() {
        return $(Button.class).withClassName("player-counter").single();
    }

    private void count(int reps) {
        for (int i = 0; i < reps; i++) {
            test(counter()).click();
        }
    }
}
