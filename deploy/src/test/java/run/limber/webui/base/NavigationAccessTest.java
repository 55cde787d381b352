package run.limber.webui.base;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import run.limber.testing.QuarkusViewTest;

@QuarkusTest
class NavigationAccessTest extends QuarkusViewTest {

    @Test
    void aViewWithoutAnAccessAnnotationIsDenied() {
        navigate("test-only/unannotated", NotFoundView.class);

        assertThat($(UnannotatedView.class).exists(), is(false));
    }

    @Test
    void anUnknownAddressShowsTheNotFoundPageInTheRunnerLayout() {
        navigate("no/such/page", NotFoundView.class);

        assertThat($(RunnerLayout.class).exists(), is(true));
    }
}
