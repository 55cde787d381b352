package run.limber.admin.clubs;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import run.limber.domain.clubs.ClubGroups;
import run.limber.domain.clubs.assignments.AssignmentService;
import run.limber.domain.clubs.assignments.NewAssignment;
import run.limber.domain.sessions.SessionContext;
import run.limber.webui.base.AccessDeniedView;
import run.limber.webui.base.NotFoundView;

@QuarkusTest
class DashboardViewTest extends CoachViewTest {

    @Inject
    ClubGroups groups;

    @Inject
    AssignmentService assignments;

    @Test
    void aCoachSeesEachMembersWeeksAsGlyphWordAndColourAndTheGroupShare() {
        ownerWithClub();
        var group = groups.create(club, "Tuesday group");
        var mia = joined("Mia Member", "MEMBER");
        joined("Nico Nothing", "MEMBER");
        groups.add(club, group.id(), mia.id());
        assignments.assign(club, new NewAssignment("ten-minute-mobility", group.id(), null,
                List.of(DayOfWeek.values()), SessionContext.BEFORE_RUN, LocalDate.now(ZoneId.of("Europe/Berlin")),
                null, null));
        var coach = joined("Cora Coach", "COACH");
        signIn(coach);

        navigate("coach/" + club, DashboardView.class);

        var rowHeads = $(NativeTableHeaderCell.class).all().stream()
                .map(cell -> cell.getElement().getTextRecursively()).toList(); // names are links
        assertThat(rowHeads, hasItems("Member", "Streak (weeks)", "Last session", "Mia Member", "Nico Nothing",
                "Met their week"));
        var thisWeek = $(NativeTableCell.class).withClassName("coach-week--in_progress").single();
        assertThat(thisWeek.getElement().getAttribute("title"), startsWith("In progress: 0 of "));
        assertThat(thisWeek.getChildren().map(child -> ((Span) child).getText()).toList().subList(0, 2),
                is(List.of("…", "In progress, ")));
        // Nico has nothing assigned: 12 blank, uncoloured weeks; only Mia's current week has a status at all.
        assertThat($(NativeTableCell.class).withClassName("coach-week").all().size(), is(1));
        assertThat($(NativeTableCell.class).all().stream()
                .anyMatch(cell -> "0 of 1 members".equals(cell.getElement().getAttribute("title"))), is(true));
    }

    @Test
    void theNameFilterNarrowsTheMembersAndTheCsvStreamsTheWholeClub() {
        ownerWithClub();
        joined("Mia Member", "MEMBER");
        joined("Nico Nothing", "MEMBER");
        navigate("coach/" + club, DashboardView.class);

        test($(TextField.class).withCaption("Name").single()).setValue("nico");

        var names = $(NativeTableHeaderCell.class).all().stream()
                .map(cell -> cell.getElement().getTextRecursively()).toList(); // names are links
        assertThat(names.contains("Nico Nothing"), is(true));
        assertThat(names.contains("Mia Member"), is(false));
        var csv = new ByteArrayOutputStream();
        test($(Anchor.class).withText("Download CSV").single()).download(csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text, startsWith("account_id,display_name,email,streak_weeks"));
        assertThat(text, containsString("Mia Member"));
    }

    @Test
    void aClubTheVisitorIsNotInIsNotFoundAndAPlainMemberIsTurnedAway() {
        ownerWithClub();
        var member = joined("Mia Member", "MEMBER");
        long theirs = club;
        signIn(fixture.person("Someone Else"));
        for (String path : List.of("coach/" + theirs, "coach/" + theirs + "/members", "coach/" + theirs + "/groups",
                "coach/" + theirs + "/assignments", "coach/" + theirs + "/settings", "coach/not-a-number")) {
            UI.getCurrent().navigate(path);
            assertThat(path, $(NotFoundView.class).exists(), is(true));
        }

        signIn(member);
        for (String section : List.of("", "/members", "/groups", "/assignments", "/settings")) {
            UI.getCurrent().navigate("coach/" + theirs + section);
            assertThat(section, $(AccessDeniedView.class).exists(), is(true));
        }
    }
}
