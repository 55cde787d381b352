package run.limber.webui.progress;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.register;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import run.limber.testing.QuarkusViewTest;
import run.limber.testing.TestAccounts;

@QuarkusTest
class ProgressViewTest extends QuarkusViewTest {

    @Test
    void showsTheWeeksAgainstTheGoalAndRecentSessions() {
        var runner = register();
        String token = runner.accessToken();
        as(token).body(Map.of("routine", "post-run-cooldown", "context", "AFTER_RUN",
                "startedAt", Instant.now().minusSeconds(600).toString(), "durationSeconds", 240))
                .when().post("/api/v1/me/sessions").then().statusCode(201);
        signInAs(runner.email(), TestAccounts.PASSWORD);

        navigate(ProgressView.class);

        assertThat(text(), containsString("This week: 1 of 3."));
        assertThat(text(), containsString("Post-Run Cooldown, after a run, 4 min"));
        String chart = svg(0);
        assertThat(chart, startsWith("<svg"));
        assertThat(chart.split("<rect class=\"bar").length - 1, is(ProgressView.WEEKS_SHOWN));
        assertThat(chart, containsString(": 1 of 3</title>"));
    }

    @Test
    void twoSelfTestsMakeALineChartWithTheSideGapFlaggedAndAnOldTestAsksForARetest() {
        var runner = register();
        String token = runner.accessToken();
        selfTest(token, Instant.now().minus(60, ChronoUnit.DAYS), 8, 11);
        selfTest(token, Instant.now().minus(30, ChronoUnit.DAYS), 10, 11);
        signInAs(runner.email(), TestAccounts.PASSWORD);

        navigate(ProgressView.class);

        String chart = svg(1);
        assertThat(chart.split("class=\"point point--left\"").length - 1, is(2));
        assertThat(chart.split("class=\"gap\"").length - 1, is(1));
        assertThat(text(), containsString("time to test again"));
        assertThat(text(), containsString("Latest: left 10.0 cm, right 11.0 cm."));
    }

    @Test
    void recordingASelfTestFromTheForm() {
        var runner = register();
        signInAs(runner.email(), TestAccounts.PASSWORD);
        navigate(ProgressView.class);

        test($(NumberField.class).withCaption("Left foot to wall (cm)").single()).setValue(9.5);
        test($(Button.class).withText("Save self-test").single()).click();
        NumberField right = $(NumberField.class).withCaption("Right foot to wall (cm)").single();
        assertThat(right.isInvalid(), is(true));
        assertThat($(NumberField.class).withCaption("Left foot to wall (cm)").single().getValue(), is(9.5));

        test(right).setValue(12.0);
        test($(Button.class).withText("Save self-test").single()).click();

        assertThat(text(), containsString("Latest: left 9.5 cm, right 12.0 cm. Your sides are 2.5 cm apart"));
        assertThat(text(), not(containsString("time to test again")));
    }

    @Test
    void theGoalIsChangedBesideTheChart() {
        var runner = register();
        signInAs(runner.email(), TestAccounts.PASSWORD);
        navigate(ProgressView.class);

        $(IntegerField.class).withCaption("Sessions per week").single().clear();
        test($(Button.class).withText("Save goal").single()).click();
        assertThat($(IntegerField.class).withCaption("Sessions per week").single().isInvalid(), is(true));

        test($(IntegerField.class).withCaption("Sessions per week").single()).setValue(5);
        test($(Button.class).withText("Save goal").single()).click();
        assertThat(text(), containsString("This week: 0 of 5."));
    }

    @Test
    void aCalendarAddressIsShownOnceMade() {
        var runner = register();
        signInAs(runner.email(), TestAccounts.PASSWORD);
        navigate(ProgressView.class);

        @SuppressWarnings("unchecked")
        CheckboxGroup<DayOfWeek> days = $(CheckboxGroup.class).withCaption("Training days").single();
        days.setValue(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
        test($(Button.class).withText("Make a calendar address").single()).click();

        TextField address = $(TextField.class).withCaption("Your calendar address").single();
        assertThat(address.isVisible(), is(true));
        assertThat(address.getValue(), startsWith("https://limber.test/api/v1/calendar/")); // the configured address
    }

    private String text() {
        return $(ProgressView.class).single().getElement().getTextRecursively();
    }

    private String svg(int index) {
        return $(Svg.class).all().get(index).getElement().getProperty("innerHTML");
    }

    private static void selfTest(String token, Instant takenAt, double left, double right) {
        as(token).body(Map.of("takenAt", takenAt.toString(), "kneeToWall", Map.of("leftCm", left, "rightCm", right)))
                .when().post("/api/v1/me/assessments").then().statusCode(201);
    }
}
