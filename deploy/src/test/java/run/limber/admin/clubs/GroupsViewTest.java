package run.limber.admin.clubs;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.limber.domain.clubs.ClubGroups;
import run.limber.domain.clubs.GroupMember;
import run.limber.domain.clubs.GroupSummary;

@QuarkusTest
class GroupsViewTest extends CoachViewTest {

    private static final int ACTIONS = 2;

    @Inject
    ClubGroups groups;

    @Test
    void aCoachCreatesRenamesListsAndDeletesAGroup() {
        ownerWithClub();
        var mia = joined("Mia Member", "MEMBER");
        signIn(joined("Cora Coach", "COACH"));
        navigate("coach/" + club + "/groups", GroupsView.class);

        test($(TextField.class).withCaption("New group's name").single()).setValue("Early birds");
        test($(Button.class).withText("Create the group").single()).click();
        assertThat(grid().getCellText(0, 0), is("Early birds"));
        assertThat(grid().getCellText(0, 1), is("0"));

        action("Rename…");
        test($(TextField.class).withCaption("Group name").single()).setValue("Dawn patrol");
        test($(Button.class).withText("Save").single()).click();
        assertThat(grid().getCellText(0, 0), is("Dawn patrol"));

        groups.add(club, grid().getRow(0).id(), mia.id());
        action("Members");
        assertThat(members("Dawn patrol").size(), is(1));
        assertThat(members("Dawn patrol").getCellText(0, 0), is("Mia Member"));

        action("Delete…");
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(grid().size(), is(0));
    }

    @Test
    void aBlankNameIsRefusedBesideTheField() {
        ownerWithClub();
        navigate("coach/" + club + "/groups", GroupsView.class);
        var name = $(TextField.class).withCaption("New group's name").single();

        test(name).setValue("   ");
        test($(Button.class).withText("Create the group").single()).click();

        assertThat(name.isInvalid(), is(true));
        assertThat(name.getErrorMessage(), is("Give the group a name of 1 to 60 characters."));
        assertThat(grid().size(), is(0));
    }

    @Test
    void aGroupOfMoreThanAHundredListsEveryMember() {
        ownerWithClub();
        fixture.crowd(club, 120);
        navigate("coach/" + club + "/groups", GroupsView.class);

        action("Members");

        var everyone = members("Everyone");
        assertThat(everyone.size(), is(120));
        assertThat(everyone.getCellText(0, 0), is("Member with a longish name 0"));
        // by name, "…name 99" comes last: beyond the first hundred
        assertThat(everyone.getCellText(119, 0), is("Member with a longish name 99"));
    }

    @Test
    void anEmptyGroupSaysSo() {
        ownerWithClub();
        groups.create(club, "Nobody yet");
        navigate("coach/" + club + "/groups", GroupsView.class);

        action("Members");

        assertThat($(Paragraph.class).withTextContaining("Nobody yet: add members").exists(), is(true));
        assertThat($(Grid.class).all().size(), is(1));
    }

    private void action(String text) {
        test((Button) grid().getCellComponent(0, ACTIONS).getChildren()
                .filter(child -> ((Button) child).getText().equals(text)).findFirst().orElseThrow()).click();
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<GroupSummary>, GroupSummary> grid() {
        return test($(Grid.class).withCondition(grid -> grid.getAriaLabel().equals(Optional.of("Groups"))).single());
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<GroupMember>, GroupMember> members(String group) {
        return test($(Grid.class).withCondition(grid -> grid.getAriaLabel().equals(Optional.of("Members of " + group)))
                .single());
    }
}
