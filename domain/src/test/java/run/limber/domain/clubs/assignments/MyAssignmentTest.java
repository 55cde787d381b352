package run.limber.domain.clubs.assignments;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import run.limber.domain.sessions.SessionContext;

class MyAssignmentTest {

    // Monday 7 to Sunday 20 December 2026.
    private static final MyAssignment TWO_WEEKS = new MyAssignment(1, 2, "Club", "routine", "Routine", 1,
            List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), SessionContext.BEFORE_RUN, LocalDate.of(2026, 12, 7),
            LocalDate.of(2026, 12, 20), 2);

    @Test
    void itAsksForASessionOnItsDaysWithinItsDatesOnly() {
        assertTrue(TWO_WEEKS.asksFor(LocalDate.of(2026, 12, 7)));
        assertTrue(TWO_WEEKS.asksFor(LocalDate.of(2026, 12, 17)));
        assertFalse(TWO_WEEKS.asksFor(LocalDate.of(2026, 12, 8)), "a Tuesday");
        assertFalse(TWO_WEEKS.asksFor(LocalDate.of(2026, 11, 30)), "a Monday before it starts");
        assertFalse(TWO_WEEKS.asksFor(LocalDate.of(2026, 12, 21)), "a Monday after it ended");
    }
}
