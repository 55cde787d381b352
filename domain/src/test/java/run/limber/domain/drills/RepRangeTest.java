package run.limber.domain.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RepRangeTest {

    @Test
    void aRangeReadsWithAnEnDash() {
        assertEquals("5–10", new RepRange(5, 10).label());
        assertFalse(new RepRange(5, 10).isFixed());
    }

    @Test
    void aFixedCountReadsAsOneNumber() {
        assertEquals("10", RepRange.fixed(10).label());
        assertTrue(RepRange.fixed(10).isFixed());
    }

    @Test
    void theTypicalCountIsTheMiddleRoundedUp() {
        assertEquals(8, new RepRange(5, 10).typical());
        assertEquals(10, RepRange.fixed(10).typical());
    }

    @Test
    void minimumAboveMaximumIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RepRange(10, 5));
    }

    @Test
    void zeroAndAbsurdCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RepRange(0, 5));
        assertThrows(IllegalArgumentException.class, () -> new RepRange(5, RepRange.MAX_REPS + 1));
    }
}
