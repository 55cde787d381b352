package run.limber.admin.users;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import run.limber.domain.accounts.AccountSummary;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.testing.QuarkusViewTest;

@QuarkusTest
class UsersViewTest extends QuarkusViewTest {

    @Test
    void listsTheAccountsWithTheirRoles() {
        signInAs(DemoAccounts.ADMIN);
        navigate(UsersView.class);

        var grid = grid();
        List<String> emails = IntStream.range(0, grid.size()).mapToObj(row -> grid.getCellText(row, 0)).toList();
        assertThat(emails, hasItems(DemoAccounts.RUNNER, DemoAccounts.EDITOR, DemoAccounts.ADMIN));
        assertThat(grid.getCellText(emails.indexOf(DemoAccounts.EDITOR), 2), is("Runner, Editor"));
    }

    @Test
    void anAdminCannotDisableThemselvesAndIsToldWhy() {
        signInAs(DemoAccounts.ADMIN);
        navigate(UsersView.class);

        var grid = grid();
        int admin = IntStream.range(0, grid.size()).filter(row -> grid.getRow(row).email().equals(DemoAccounts.ADMIN))
                .findFirst().orElseThrow();
        test((Button) grid.getCellComponent(admin, 6)).click();
        test($(Button.class).withText("Disable account…").single()).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat($(Paragraph.class).withClassName("admin-error").single().getText(),
                is("You cannot disable your own account."));
    }

    @Test
    void theAdminNavigationOffersUsersAndTheAuditLog() {
        signInAs(DemoAccounts.ADMIN);
        navigate(UsersView.class);

        List<String> links = $(Anchor.class).all().stream().map(Anchor::getText).toList();
        assertThat(links, hasItems("Content", "Users", "Audit log"));
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<AccountSummary>, AccountSummary> grid() {
        return test($(Grid.class).single());
    }
}
