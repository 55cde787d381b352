package run.limber.domain.shared;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

    @ParameterizedTest
    @ValueSource(strings = {"hip-switches", "a", "drill-2", "ten-minute-mobility"})
    void lowerCaseWordsJoinedByHyphensAreSlugs(String value) {
        assertDoesNotThrow(() -> new Slug(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Hip-Switches", "hip switches", "-hip", "hip-", "hip--switches", "hip_switches", "é"})
    void anythingElseIsRefused(String value) {
        assertThrows(IllegalArgumentException.class, () -> new Slug(value));
    }

    @org.junit.jupiter.api.Test
    void overlongSlugsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Slug("a".repeat(Slug.MAX_LENGTH + 1)));
    }
}
