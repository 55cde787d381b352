package run.limber.admin.audit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import run.limber.admin.editorial.EditorFixtures;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.domain.audit.AuditEntry;
import run.limber.domain.audit.AuditType;
import run.limber.domain.editorial.EditorialKind;
import run.limber.testing.QuarkusViewTest;

@QuarkusTest
class AuditViewTest extends QuarkusViewTest {

    @Test
    void aContentEventSaysWhoDidWhatToWhichItemAndLinksToIt() {
        signInAs(DemoAccounts.EDITOR);
        String slug = EditorFixtures.uniqueSlug("audited");
        EditorFixtures.editorial().create(EditorialKind.DRILLS, EditorFixtures.drill(slug, "Audited"), null);

        signInAs(DemoAccounts.ADMIN);
        navigate(AuditView.class);

        @SuppressWarnings("unchecked")
        GridTester<Grid<AuditEntry>, AuditEntry> grid = test($(Grid.class).single());
        int row = IntStream.range(0, grid.size()).filter(i -> ("drill " + slug).equals(grid.getRow(i).subject()))
                .findFirst().orElseThrow();
        assertThat(grid.getRow(row).type(), is(AuditType.CONTENT_CREATED));
        assertThat(grid.getCellText(row, 2), is(DemoAccounts.EDITOR));
        assertThat(((Anchor) grid.getCellComponent(row, 3)).getHref(), is("admin/drills/" + slug));
    }
}
