package run.limber.admin.content;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.vaadin.flow.component.html.Anchor;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.testing.QuarkusViewTest;

@QuarkusTest
class AdminNavigationTest extends QuarkusViewTest {

    @Test
    void anEditorIsNotOfferedUserAdministration() {
        signInAs(DemoAccounts.EDITOR);
        navigate(ContentOverviewView.class);

        List<String> links = $(Anchor.class).all().stream().map(Anchor::getText).toList();
        assertThat(links, hasItem("Content"));
        assertThat(links, not(hasItem("Users")));
        assertThat(links, not(hasItem("Audit log")));
    }
}
