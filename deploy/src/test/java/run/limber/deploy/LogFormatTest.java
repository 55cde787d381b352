package run.limber.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.limber.deploy.LogFormat.LogFormatException;

class LogFormatTest {

    @Test
    void textOrJsonInAnyCase() throws LogFormatException {
        assertEquals(Optional.of(LogFormat.JSON), LogFormat.of(Optional.of("json")));
        assertEquals(Optional.of(LogFormat.JSON), LogFormat.of(Optional.of(" JSON ")));
        assertEquals(Optional.of(LogFormat.TEXT), LogFormat.of(Optional.of("text")));
    }

    @Test
    void unsetLeavesItToApplicationProperties() throws LogFormatException {
        assertEquals(Optional.empty(), LogFormat.of(Optional.empty()));
    }

    @Test
    void anyOtherValueIsRefusedWithTheValuesThatWork() {
        var refused = assertThrows(LogFormatException.class, () -> LogFormat.of(Optional.of("xml")));
        assertEquals("LIMBER_LOG_FORMAT=xml is not a log format Limber writes: use text or json.", refused.getMessage());
    }
}
