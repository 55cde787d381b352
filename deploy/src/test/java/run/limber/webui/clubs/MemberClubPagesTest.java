package run.limber.webui.clubs;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.register;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.limber.testing.QuarkusViewTest;
import run.limber.webui.account.MyAccountView;
import run.limber.webui.library.LibraryView;
import run.limber.webui.progress.ProgressView;

/** What a member sees of their clubs on the home, account and progress pages — and what others do not. */
@QuarkusTest
class MemberClubPagesTest extends QuarkusViewTest {

    private static final String ROUTINE = "ten-minute-mobility";

    @Test
    void theHomePageShowsTheClubsAssignmentsWithAPlayLinkThatRecordsTheAssignment() {
        var club = ClubsForViews.club("Park Runners", null);
        var member = register();
        ClubsForViews.join(member, club);
        long assignment = ClubsForViews.assign(club, member, ROUTINE);
        signInAs(member.email(), member.password());

        navigate(LibraryView.class);

        var panel = $(FromYourClubPanel.class).single();
        String text = panel.getElement().getTextRecursively();
        assertThat(text, containsString("Today"));
        assertThat(text, containsString("Park Runners: "));
        assertThat(text, containsString("10-Minute Ankle and Hip Mobility"));
        assertThat(text, containsString("Before a run"));
        assertThat(text, containsString("this week 0 of "));
        var play = $(Anchor.class, panel).withText("Play").single();
        assertThat(play.getHref(), is("routines/" + ROUTINE + "/play?assignment=" + assignment));
    }

    @Test
    void runnersInNoClubAndAnonymousVisitorsSeeNothingFromAClub() {
        navigate(LibraryView.class);
        assertThat($(FromYourClubPanel.class).exists(), is(false));

        var runner = register();
        ClubsForViews.join(runner, ClubsForViews.club("No Assignments Here", null));
        signInAs(runner.email(), runner.password());
        navigate(LibraryView.class);
        assertThat($(FromYourClubPanel.class).exists(), is(false));
    }

    @Test
    void theAccountPageSavesSharingChoicesPerClubAndLeavesAClub() {
        var club = ClubsForViews.club("Track Tuesdays", null);
        var member = register();
        ClubsForViews.join(member, club);
        signInAs(member.email(), member.password());
        navigate(MyAccountView.class);

        var card = $(MembershipCard.class).single();
        assertThat(card.getElement().getTextRecursively(), containsString("Your role: Member"));
        assertThat($(Anchor.class).withText("Create a club").single().getHref(), is("coach"));
        assertThat($(Anchor.class).withText("Coach pages: your clubs' members, groups and assignments").exists(),
                is(false));
        test($(Checkbox.class, card).withCaption("How easy each session felt, shown with its day and routine").single()).click();
        test($(Button.class, card).withText("Save what Track Tuesdays sees").single()).click();

        assertThat(card.getElement().getTextRecursively(), containsString("Saved"));
        String token = member.accessToken();
        as(token).when().get("/api/v1/clubs/" + club.id() + "/members/me").then().statusCode(200)
                .body("sharing.ease", is(true)).body("sharing.notes", is(false));

        test($(Button.class, card).withText("Leave Track Tuesdays…").single()).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(card.getElement().getTextRecursively(), containsString("You left Track Tuesdays."));
        as(token).when().get("/api/v1/clubs/" + club.id() + "/members/me").then().statusCode(404);
    }

    @Test
    void anOwnerWithMembersIsToldToHandOwnershipOnAndSeesTheCoachPages() {
        var club = ClubsForViews.club("Owned Club", null);
        ClubsForViews.join(register(), club);
        var owner = club.owner();
        signInAs(owner.email(), owner.password());
        navigate(MyAccountView.class);

        assertThat($(Anchor.class).withText("Coach pages: your clubs' members, groups and assignments").single()
                .getHref(), is("coach"));
        var card = $(MembershipCard.class).single();
        test($(Button.class, card).withText("Leave Owned Club…").single()).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(card.getElement().getTextRecursively(), containsString("hand ownership to another member first"));
    }

    @Test
    void theProgressPageShowsEachAssignmentsWeeksInWords() {
        var club = ClubsForViews.club("Progress Club", null);
        var member = register();
        ClubsForViews.join(member, club);
        ClubsForViews.assign(club, member, ROUTINE);
        as(member.accessToken()).body(Map.of("routine", ROUTINE, "context", "BEFORE_RUN",
                        "startedAt", Instant.now().minusSeconds(600).toString(), "durationSeconds", 600))
                .when().post("/api/v1/me/sessions").then().statusCode(201);
        signInAs(member.email(), member.password());

        navigate(ProgressView.class);

        String text = $(ProgressView.class).single().getElement().getTextRecursively();
        assertThat(text, containsString("Your clubs' assignments"));
        assertThat(text, containsString("Progress Club: 10-Minute Ankle and Hip Mobility"));
        assertThat(text, matchesPattern("(?s).*: 1 of [2-7], in progress.*"));
        assertThat($(ClubAdherenceSection.class).single().getElement().getTextRecursively(),
                not(containsString("null")));
    }

    @Test
    void aDemoMembersProgressNamesWeeksMetPartlyAndMissed() {
        signInAs("member03@demo.limber.run");

        navigate(ProgressView.class);

        String weeks = $(ClubAdherenceSection.class).single().getElement().getTextRecursively();
        assertThat(weeks, containsString("Riverside Runners: 10-Minute Ankle and Hip Mobility"));
        assertThat(weeks, containsString("3 of 3, met"));
        assertThat(weeks, containsString("2 of 3, partly"));
        assertThat(weeks, containsString("0 of 3, missed"));
    }
}
