package run.limber.webui.player;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import run.limber.api.media.Images;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.accounts.Registration;
import run.limber.domain.sessions.SessionContext;
import run.limber.domain.sessions.SessionService;
import run.limber.domain.shared.PageRequest;
import run.limber.testing.DemoCallers;
import run.limber.testing.QuarkusViewTest;

/** Playing the cooldown routine in the browserless UI, against the real services and database. */
@QuarkusTest
class PlayerViewTest extends QuarkusViewTest {

    private static final String PASSWORD = "a passphrase only player tests use";

    @Inject
    AccountService accounts;

    @Inject
    SessionService sessions;

    @BeforeEach
    void signInAsANewRunner() {
        String email = "player-" + UUID.randomUUID().toString().substring(0, 12) + "@test.limber.run";
        accounts.register(new Registration(email, PASSWORD, "Player Test", "UTC"));
        signInAs(email, PASSWORD);
    }

    @Test
    void theContextComesPreselectedFromTheAddressAndStartShowsTheFirstSet() {
        play(QueryParameters.of("context", "after_run"));

        @SuppressWarnings("unchecked")
        RadioButtonGroup<SessionContext> context = $(RadioButtonGroup.class).single();
        assertThat(context.getValue(), is(SessionContext.AFTER_RUN));
        test($(Button.class).withText("Start").single()).click();

        assertThat(heading(), is("Hip Switches"));
        assertThat(text(), containsString("Set 1 of 3"));
        assertThat(text(), containsString("What to watch for: Both feet should stay on the floor"));
        assertThat(counter().getText(), is("0"));
    }

    @Test
    void countingThenDoneLeadsThroughTheSwitchScreen() {
        start();
        click(counter());
        click(counter());
        assertThat(counter().getText(), is("2"));

        clickText("Done");
        assertThat(text(), containsString("Next drill"));
        clickText("Ready");
        assertThat(text(), containsString("Set 2 of 3"));
        assertThat(text(), containsString("Right side"));
        clickText("Done");
        assertThat(text(), containsString("Switch sides"));
        assertThat(text(), containsString("turn over onto your left side"));
        clickText("Ready");
        assertThat(text(), containsString("Left side"));
    }

    @Test
    void pauseStopsCountingUntilResumed() {
        start();
        clickText("Pause");

        assertThat(text(), containsString("Paused"));
        assertFalse(counter().isEnabled());
        clickText("Resume");
        assertTrue(counter().isEnabled());
    }

    @Test
    void reloadingResumesAtTheSameSetWithItsCount() {
        start();
        clickText("Done");
        clickText("Ready");
        click(counter());
        click(counter());
        click(counter());

        play(QueryParameters.empty());
        assertThat(text(), containsString("Set 2 of 3"));
        assertThat(counter().getText(), is("3"));
    }

    @Test
    void stoppingEarlyOffersToSaveOrToKeepGoing() {
        start();
        clickText("Done");
        clickText("Stop and save");

        assertThat(heading(), is("Stopped early"));
        assertThat(text(), containsString("1 of 3 sets done"));
        clickText("Keep going");
        assertThat(text(), containsString("Next drill"));
        assertFalse(text().contains("Paused"));
    }

    @Test
    void backAndSkipMoveOneStep() {
        start();
        clickText("Skip");
        assertThat(text(), containsString("Next drill"));
        clickText("Back");
        assertThat(heading(), is("Hip Switches"));
    }

    @Test
    void finishingAndSavingLogsExactlyOneSessionWithTheRatingsAndPain() {
        long before = sessions.list(Optional.empty(), Optional.empty(), PageRequest.first(1)).total();
        start();
        clickText("Done");
        clickText("Ready");
        clickText("Done");
        clickText("Ready");
        clickText("Skip");

        assertThat(text(), containsString("Routine done"));
        assertThat(text(), containsString("2 of 3 sets"));
        @SuppressWarnings("unchecked")
        Select<Integer> rating = $(Select.class).withCondition(s -> "Side-Lying Open Books, right side".equals(s.getLabel()))
                .single();
        test(rating).selectItem("4");
        test($(Checkbox.class).withCondition(box -> "Something hurt".equals(box.getLabel())).single()).click();
        assertThat(text(), containsString("see a physiotherapist or doctor"));
        clickText("Save session");

        assertThat(heading(), is("Session saved"));
        var logged = sessions.list(Optional.empty(), Optional.empty(), PageRequest.first(5));
        assertEquals(before + 1, logged.total());
        var session = logged.items().getFirst();
        assertEquals(SessionContext.REST_DAY, session.context());
        assertEquals(2, session.completedSets().size());
        assertEquals(4, session.ratings().getFirst().ease());
        assertTrue(session.pain());

        play(QueryParameters.empty());
        assertTrue($(RadioButtonGroup.class).exists(), "a saved play starts afresh");
    }

    @Test
    void theTenMinuteRoutinePlaysEndToEndAndIsLoggedOnce() {
        long before = sessions.list(Optional.empty(), Optional.empty(), PageRequest.first(1)).total();
        UI.getCurrent().navigate("routines/ten-minute-mobility/play", QueryParameters.of("context", "before_run"));
        test($(Button.class).withText("Start").single()).click();

        for (int step = 0; step < 100 && !text().contains("Routine done"); step++) {
            clickText($(Button.class).withText("Done").exists() ? "Done" : "Ready");
        }

        assertThat(text(), containsString("15 of 15 sets"));
        clickText("Save session");
        assertThat(heading(), is("Session saved"));
        var logged = sessions.list(Optional.empty(), Optional.empty(), PageRequest.first(1));
        assertEquals(before + 1, logged.total());
        assertEquals("ten-minute-mobility", logged.items().getFirst().routine());
        assertEquals(SessionContext.BEFORE_RUN, logged.items().getFirst().context());
        assertEquals(15, logged.items().getFirst().completedSets().size());
    }

    @Test
    void aSetShowsTheDrillsIllustration() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String image = DemoCallers.editor().given().contentType("image/png").body(Images.png())
                .when().post("/api/v1/admin/media").then().statusCode(201).extract().path("id");
        String drill = "pictured-" + suffix;
        String routine = "pictured-routine-" + suffix;
        DemoCallers.publish("drills", drill, Map.of("slug", drill, "name", "Pictured", "targetAreas", List.of("HIP"),
                "timings", List.of("REST_DAY"), "steps", List.of("Lie on your side"),
                "prescription", Map.of("reps", Map.of("min", 5, "max", 5), "secondsPerRep", 3),
                "illustrations", List.of(Map.of("media", image, "alt", "Lying on one side, knees bent"))));
        DemoCallers.publish("routines", routine, Map.of("slug", routine, "name", "Pictured routine",
                "frequency", Map.of("min", 3, "max", 4), "drills", List.of(Map.of("drill", drill))));

        UI.getCurrent().navigate("routines/" + routine + "/play", QueryParameters.of("context", "rest_day"));
        test($(Button.class).withText("Start").single()).click();

        var picture = $(Image.class).withClassName("player-illustration").single();
        assertEquals("/api/v1/media/" + image, picture.getSrc());
        assertEquals("Lying on one side, knees bent", picture.getAlt().orElseThrow());
    }


    private void start() {
        play(QueryParameters.of("context", "rest-day"));
        test($(Button.class).withText("Start").single()).click();
    }

    private void play(QueryParameters query) {
        UI.getCurrent().navigate("routines/post-run-cooldown/play", query);
        assertTrue($(PlayerView.class).exists());
    }

    private Button counter() {
        return $(Button.class).withClassName("player-counter").single();
    }

    private void click(Button button) {
        test(button).click();
    }

    private void clickText(String text) {
        test($(Button.class).withText(text).single()).click();
    }

    private String heading() {
        return $(H1.class).single().getText();
    }

    private String text() {
        return $(PlayerView.class).single().getElement().getTextRecursively();
    }
}
