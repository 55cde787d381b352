package run.limber.webui.clubs;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.register;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import run.limber.testing.QuarkusViewTest;
import run.limber.testing.TestAccounts;
import run.limber.webui.account.LoginView;
import run.limber.webui.account.RegisterView;
import run.limber.webui.base.NotFoundView;

/** The join page shows exactly what joining shares, keeps the choices off until ticked, and saves them. */
@QuarkusTest
class JoinViewTest extends QuarkusViewTest {

    @Test
    void showsTheClubItsCoachesAndWhatTheyWillSeeThenJoinsWithTheTickedChoices() {
        var club = ClubsForViews.club("Canal Striders", "Evening runs by the canal.");
        var runner = register();
        signInAs(runner.email(), runner.password());

        navigate("clubs/join/" + club.joinCode(), JoinView.class);

        String page = text();
        assertThat(page, containsString("Join Canal Striders"));
        assertThat(page, containsString("Evening runs by the canal."));
        assertThat(page, containsString("Coached by " + club.ownerName() + "."));
        assertThat(page, containsString("Your number of sessions per week of each routine the club assigns you"));
        assertThat(page, containsString("The date of your last session"));
        assertThat($(Checkbox.class).all().stream().map(Checkbox::getValue).toList(), everyItem(is(false)));
        assertThat($(Checkbox.class).withCaption("Your email address").exists(), is(true));

        // what a choice shows coaches, in the words the coach's page keeps to: each session's day and routine
        assertThat($(Checkbox.class).withCaption("Pain you flagged, shown with the day and routine of each session")
                .exists(), is(true));
        test($(Checkbox.class).withCaption(
                "Your notes, shown with the day and routine of each session (and with self-tests you share)").single())
                .click();
        test($(Button.class).withText("Join Canal Striders").single()).click();

        assertThat(text(), containsString("You joined Canal Striders."));
        as(runner.accessToken()).when().get("/api/v1/clubs/" + club.id() + "/members/me").then().statusCode(200)
                .body("role", is("MEMBER")).body("sharing.notes", is(true)).body("sharing.ease", is(false))
                .body("sharing.email", is(false));
    }

    @Test
    void aMemberIsToldSoInsteadOfJoiningAgain() {
        var club = ClubsForViews.club("Hill Repeaters", null);
        var runner = register();
        ClubsForViews.join(runner, club);
        signInAs(runner.email(), runner.password());

        navigate("clubs/join/" + club.joinCode(), JoinView.class);

        assertThat(text(), containsString("You are a member of Hill Repeaters already."));
        assertThat($(Button.class).withText("Join Hill Repeaters").exists(), is(false));
    }

    @Test
    void anAnonymousVisitorSignsInOrRegistersFirstAndComesBack() {
        var club = ClubsForViews.club("Dawn Patrol", null);

        navigate("clubs/join/" + club.joinCode(), LoginView.class);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters(),
                is("login?continue=clubs%2Fjoin%2F" + club.joinCode()));
        String register = $(Anchor.class, $(LoginView.class).single()).withText("Create an account").single()
                .getHref();
        assertThat(register, is("register?continue=clubs%2Fjoin%2F" + club.joinCode()));

        UI.getCurrent().navigate("register", QueryParameters.of("continue", "clubs/join/" + club.joinCode()));
        assertThat($(Anchor.class, $(RegisterView.class).single()).withText("Sign in").single().getHref(),
                is("login?continue=clubs%2Fjoin%2F" + club.joinCode()));
    }

    @Test
    void anUnknownOrOverlongCodeIsNotFound() {
        var runner = register();
        signInAs(runner.email(), TestAccounts.PASSWORD);

        for (String code : new String[] {"ZZZZZZZZZZ", "x".repeat(500)}) {
            UI.getCurrent().navigate("clubs/join/" + code);
            assertThat($(NotFoundView.class).exists(), is(true));
        }
    }

    @Test
    void anInvitationLinkThatIsNotTheCallersIsNotFound() {
        var runner = register();
        signInAs(runner.email(), TestAccounts.PASSWORD);

        UI.getCurrent().navigate("clubs/invitation/not-a-token");

        assertThat($(NotFoundView.class).exists(), is(true));
    }

    private String text() {
        return $(JoinView.class).single().getElement().getTextRecursively();
    }

}
