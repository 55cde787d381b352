package run.limber.domain.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SessionBoundTest {

    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @Test
    void aDayRunsFromItsStartToTheNextDaysStartInTheRunnersZone() {
        var day = SessionBound.parse(" 2026-11-23 ");
        assertEquals(Instant.parse("2026-11-22T11:00:00Z"), day.startIn(AUCKLAND));
        assertEquals(Instant.parse("2026-11-23T11:00:00Z"), day.endIn(AUCKLAND));
    }

    @Test
    void anInstantIsTheSameInEveryZone() {
        var at = SessionBound.parse("2026-11-23T06:00:00Z");
        assertEquals(Instant.parse("2026-11-23T06:00:00Z"), at.startIn(AUCKLAND));
        assertEquals(Instant.parse("2026-11-23T06:00:00Z"), at.endIn(ZoneId.of("UTC")));
    }

    @Test
    void aDaylightSavingDayIsAsLongAsItReallyIs() {
        var day = SessionBound.parse("2026-03-29");
        var berlin = ZoneId.of("Europe/Berlin");
        assertEquals(23 * 3600, day.endIn(berlin).getEpochSecond() - day.startIn(berlin).getEpochSecond());
    }

    @Test
    void anythingElseIsRefused() {
        assertThrows(DateTimeException.class, () -> SessionBound.parse("23.11.2026"));
        assertThrows(DateTimeException.class, () -> SessionBound.parse("2026-11-23T06:00"));
    }
}
