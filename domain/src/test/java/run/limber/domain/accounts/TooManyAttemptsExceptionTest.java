package run.limber.domain.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TooManyAttemptsExceptionTest {

    @Test
    void waitsAreToldInWholeMinutesRoundedUp() {
        assertEquals("Too many sign-in attempts. Try again in 1 minute.",
                new TooManyAttemptsException("Too many sign-in attempts.", Duration.ofSeconds(20)).getMessage());
        assertEquals("Too many wrong passwords. Try again in 2 minutes.",
                new TooManyAttemptsException("Too many wrong passwords.", Duration.ofSeconds(61)).getMessage());
        assertEquals("Too many reset links asked for. Try again in 15 minutes.",
                new TooManyAttemptsException("Too many reset links asked for.", Duration.ofMinutes(15)).getMessage());
    }
}
