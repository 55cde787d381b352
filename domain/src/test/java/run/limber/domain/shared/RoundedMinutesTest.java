package run.limber.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RoundedMinutesTest {

    @Test
    void roundsToTheNearestWholeMinuteWithHalfAMinuteUp() {
        assertEquals(1, RoundedMinutes.of(89).value());
        assertEquals(2, RoundedMinutes.of(90).value());
        assertEquals(2, RoundedMinutes.of(149).value());
        assertEquals(3, RoundedMinutes.of(150).value());
        assertEquals(10, RoundedMinutes.of(600).value());
    }

    @Test
    void isNeverLessThanAMinute() {
        assertEquals(1, RoundedMinutes.of(0).value());
        assertEquals(1, RoundedMinutes.of(29).value());
        assertEquals(1, RoundedMinutes.of(-5).value());
        assertThrows(IllegalArgumentException.class, () -> new RoundedMinutes(0));
    }

    @Test
    void readsAsAnEstimate() {
        assertEquals("about 3 min", RoundedMinutes.of(170).about());
    }
}
