package run.limber.admin.clubs;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import run.limber.domain.clubs.ClubGroups;
import run.limber.domain.clubs.MemberSummary;

@QuarkusTest
class MembersViewTest extends CoachViewTest {

    private static final int ACTIONS = 5;

    @Inject
    ClubGroups groups;

    @Test
    void theOwnerSeesRolesAndOnlySharedEmailsMakesACoachAndHandsTheClubOn() {
        ownerWithClub();
        var mia = joined("Mia Member", "MEMBER");
        var sharer = fixture.person("Sam Sharer");
        fixture.join(club, sharer.id(), "MEMBER", true);
        navigate("coach/" + club + "/members", MembersView.class);

        assertThat(grid().getCellText(row("Mia Member"), 4), is("Not shared"));
        assertThat(grid().getCellText(row("Sam Sharer"), 4), is(sharer.email()));
        assertThat(grid().getCellText(row("Olive Owner"), 1), is("Owner"));

        click(row("Mia Member"), "Make coach");
        nextRequest(); // as the next click in a browser: the list is read afresh
        $(Grid.class).single().getDataProvider().refreshAll();
        assertThat(fixture.role(club, mia.id()), is("COACH"));
        assertThat(grid().getCellText(row("Mia Member"), 1), is("Coach"));

        click(row("Mia Member"), "Hand ownership on…");
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(fixture.role(club, mia.id()), is("OWNER"));
        assertThat(fixture.role(club, owner.id()), is("COACH"));
    }

    @Test
    void aCoachPutsAMemberInAGroupAndRemovesAnotherAfterConfirming() {
        ownerWithClub();
        groups.create(club, "Tuesday group");
        var mia = joined("Mia Member", "MEMBER");
        var nico = joined("Nico Nothing", "MEMBER");
        signIn(joined("Cora Coach", "COACH"));
        navigate("coach/" + club + "/members", MembersView.class);

        click(row("Mia Member"), "Groups…");
        test($(CheckboxGroup.class).single()).selectItem("Tuesday group");
        test($(Button.class).withText("Save groups").single()).click();
        assertThat(grid().getCellText(row("Mia Member"), 2), is("Tuesday group"));

        click(row("Nico Nothing"), "Remove…");
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(fixture.role(club, nico.id()), is(nullValue()));
        assertThat(fixture.role(club, mia.id()), is("MEMBER"));
        // A coach is offered no role changes and cannot remove the owner.
        var ownerActions = grid().getCellComponent(row("Olive Owner"), ACTIONS).getChildren()
                .map(child -> ((Button) child).getText()).toList();
        assertThat(ownerActions, is(java.util.List.of("Groups…")));
    }

    private void click(int row, String text) {
        Component actions = grid().getCellComponent(row, ACTIONS);
        test((Button) actions.getChildren().filter(child -> ((Button) child).getText().equals(text)).findFirst()
                .orElseThrow()).click();
    }

    private int row(String name) {
        var grid = grid();
        return IntStream.range(0, grid.size()).filter(row -> grid.getRow(row).displayName().equals(name))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<MemberSummary>, MemberSummary> grid() {
        return test($(Grid.class).single());
    }
}
