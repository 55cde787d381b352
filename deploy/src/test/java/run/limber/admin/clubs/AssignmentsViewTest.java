package run.limber.admin.clubs;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.limber.api.editorial.Drafts;
import run.limber.domain.clubs.ClubGroups;
import run.limber.domain.clubs.ClubMembers;
import run.limber.domain.clubs.assignments.Assignment;
import run.limber.domain.clubs.assignments.AssignmentService;
import run.limber.domain.clubs.assignments.NewAssignment;
import run.limber.domain.routines.RoutineCatalog;
import run.limber.domain.sessions.SessionContext;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.NotPermittedException;
import run.limber.domain.shared.PageRequest;
import run.limber.testing.DemoCallers;

@QuarkusTest
class AssignmentsViewTest extends CoachViewTest {

    private static final String ROUTINE = "ten-minute-mobility";

    @Inject
    ClubGroups groups;

    @Inject
    AssignmentService assignments;

    @Inject
    RoutineCatalog routines;

    @Inject
    ClubMembers members;

    @Test
    void aCoachAssignsAPublishedRoutineToAGroupAndReschedulesIt() {
        ownerWithClub();
        groups.create(club, "Tuesday group");
        signIn(joined("Cora Coach", "COACH"));
        navigate("coach/" + club + "/assignments", AssignmentsView.class);
        String name = routines.get(ROUTINE).name();

        test($(ComboBox.class).withCaption("Routine").single()).selectItem(name);
        test($(Select.class).withCaption("Group").single()).selectItem("Tuesday group");
        test($(CheckboxGroup.class).withCaption("Training days").single()).selectItems("Monday", "Thursday");
        assertThat($(IntegerField.class).withCaption("Sessions a week that meet it").single().getValue(), is(2));
        test($(Button.class).withText("Assign").single()).click();

        assertThat(grid().size(), is(1));
        assertThat(grid().getCellText(0, 0), startsWith(name + " (revision "));
        assertThat(grid().getCellText(0, 1), is("Group Tuesday group"));
        assertThat(grid().getCellText(0, 2), is("Mon Thu"));
        assertThat(grid().getCellText(0, 5), is("2"));

        test((Button) grid().getCellComponent(0, 8).getChildren().findFirst().orElseThrow()).click();
        var dialog = $(ScheduleDialog.class).single();
        test($(CheckboxGroup.class, dialog).withCaption("Training days").single()).selectItem("Saturday");
        test($(Button.class, dialog).withText("Save the schedule").single()).click();
        assertThat(grid().getCellText(0, 2), is("Mon Thu Sat"));
        assertThat(grid().getCellText(0, 5), is("3"));
    }

    @Test
    void aRefusedAssignmentShowsEachProblemBesideItsFieldAndKeepsTheChoices() {
        ownerWithClub();
        navigate("coach/" + club + "/assignments", AssignmentsView.class);
        String name = routines.get(ROUTINE).name();

        test($(ComboBox.class).withCaption("Routine").single()).selectItem(name);
        test($(Button.class).withText("Assign").single()).click();

        var days = $(CheckboxGroup.class).withCaption("Training days").single();
        assertThat(days.isInvalid(), is(true));
        assertThat(days.getErrorMessage(), startsWith("Choose one to seven training days"));
        assertThat(((ComboBox<?>) $(ComboBox.class).withCaption("Routine").single()).getValue() != null, is(true));
        assertThat(grid().size(), is(0));
    }

    @Test
    void openNoticesShowTheDifferenceAndAreMovedOrKeptInOneActionEach() {
        ownerWithClub();
        String slug = Drafts.uniqueSlug("coach-notice");
        DemoCallers.publish("routines", slug, Drafts.routine(slug, "Notice hips", List.of("hip-switches")));
        var group = groups.create(club, "Tuesday group");
        var mia = joined("Mia Member", "MEMBER");
        var today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        assignments.assign(club, new NewAssignment(slug, group.id(), null, List.of(DayOfWeek.MONDAY),
                SessionContext.REST_DAY, today, null, null));
        assignments.assign(club, new NewAssignment(slug, null, mia.id(), List.of(DayOfWeek.MONDAY),
                SessionContext.REST_DAY, today, null, null));
        Drafts.republish("routines", slug, Drafts.routine(slug, "Notice hips, revised", List.of("hip-switches")));
        nextRequest();

        navigate("coach/" + club + "/assignments", AssignmentsView.class);

        assertThat($(H3.class).all().size(), is(2));
        var badge = $(Span.class).withClassName("coach-badge").single();
        assertThat(badge.getText(), is("2"));
        assertThat(badge.getElement().getAttribute("aria-label"), is("2 open change notices"));
        assertThat($(H3.class).first().getText(), startsWith("Routine " + slug + ": revision "));
        assertThat($(H3.class).first().getText().contains("→ revision "), is(true));
        assertThat($(NativeTableCell.class).all().stream().anyMatch(cell -> cell.getText().equals("name")), is(true));
        test($(Button.class).withText("Move to the new version").first()).click();
        test($(Button.class).withText("Keep the pinned version").first()).click();

        assertThat($(H3.class).all().size(), is(0));
        // One moved to the revision published now, one kept at the revision it was made with.
        assertThat(grid().getRow(0).routineRevision() != grid().getRow(1).routineRevision(), is(true));
    }

    @Test
    void inAClubOfMoreThanAHundredThePickerFindsAnyMemberByNameAndEveryAssignmentNamesItsMember() {
        ownerWithClub();
        fixture.crowd(club, 120);
        // By name, "…name 99" is the last of the 120 and "…name 98" the one before: beyond a first page of 100.
        String last = "Member with a longish name 99";
        String beforeLast = "Member with a longish name 98";
        long beforeLastId = idOf(beforeLast);
        assignments.assign(club, new NewAssignment(ROUTINE, null, beforeLastId, List.of(DayOfWeek.MONDAY),
                SessionContext.REST_DAY, LocalDate.now(ZoneId.of("Europe/Berlin")), null, null));
        nextRequest();
        navigate("coach/" + club + "/assignments", AssignmentsView.class);

        test($(ComboBox.class).withCaption("Routine").single()).selectItem(routines.get(ROUTINE).name());
        test($(RadioButtonGroup.class).withCaption("For").single()).selectItem("One member");
        var picker = test($(ComboBox.class).withCaption("Member").single());
        picker.setFilter("NAME 99");
        @SuppressWarnings("unchecked")
        List<String> found = picker.getSuggestions();
        assertThat(found, contains(last));
        picker.selectItem(last);
        test($(CheckboxGroup.class).withCaption("Training days").single()).selectItems("Monday");
        test($(Button.class).withText("Assign").single()).click();

        assertThat(grid().size(), is(2));
        assertThat(List.of(grid().getCellText(0, 1), grid().getCellText(1, 1)).stream().sorted().toList(),
                contains(beforeLast, last));
    }

    @Test
    void namesByIdAreTheClubsOwnAndForItsCoachesOnly() {
        ownerWithClub();
        var mia = joined("Mia Member", "MEMBER");
        long ownClub = club;
        ownerWithClub(); // another owner, another club
        var other = joined("Otto Other", "MEMBER");
        long otherClub = club;

        assertThat(members.names(otherClub, List.of(other.id(), mia.id())), is(Map.of(other.id(), "Otto Other")));
        assertThrows(NoSuchEntryException.class, () -> members.names(ownClub, List.of(mia.id())));
        signIn(other);
        assertThrows(NotPermittedException.class, () -> members.names(otherClub, List.of(other.id())));
    }

    private long idOf(String name) {
        return members.list(club, name, PageRequest.first(1)).items().getFirst().accountId();
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<Assignment>, Assignment> grid() {
        return test($(Grid.class).single());
    }
}
