package run.limber.admin.clubs;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.domain.clubs.ClubListing;
import run.limber.webui.base.AccessDeniedView;

@QuarkusTest
class ClubsAdminViewTest extends CoachViewTest {

    @Test
    void aPlatformAdminSeesClubsWithoutMemberDataAndDeletesOneAfterConfirming() {
        ownerWithClub();
        joined("Mia Member", "MEMBER");
        signInAs(DemoAccounts.ADMIN);
        navigate(ClubsAdminView.class);

        assertThat($(Anchor.class).all().stream().map(Anchor::getText).toList(), hasItem("Clubs"));
        var grid = grid();
        int row = IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).id() == club).findFirst().orElseThrow();
        assertThat(grid.getCellText(row, 0), is(clubName));
        assertThat(grid.getCellText(row, 1), is("Europe/Berlin"));
        assertThat(grid.getCellText(row, 2), is("2"));

        test((Button) grid.getCellComponent(row, 4)).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(fixture.role(club, owner.id()), is(nullValue()));
    }

    @Test
    void aClubOwnerWhoIsNotAPlatformAdminIsTurnedAway() {
        ownerWithClub();
        UI.getCurrent().navigate("admin/clubs");
        assertThat($(AccessDeniedView.class).exists(), is(true));
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<ClubListing>, ClubListing> grid() {
        return test($(Grid.class).single());
    }
}
