package run.limber.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import run.limber.deploy.DemoMode.DemoModeException;

/** Demo mode listens on this machine only; an address other machines reach stops the start. */
class DemoModeTest {

    @Test
    void inDemoModeLimberListensOnLoopbackUnlessToldOtherwise() throws DemoModeException {
        assertEquals(Optional.of("127.0.0.1"), DemoMode.listenHost(true, Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.1.1", "localhost", "::1", "[::1]"})
    void aLoopbackAddressIsKept(String host) throws DemoModeException {
        assertEquals(Optional.empty(), DemoMode.listenHost(true, Optional.of(host)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::", "192.0.2.10", "limber.invalid"})
    void anAddressOtherMachinesReachIsRefusedWithTheWayOut(String host) {
        var refused = assertThrows(DemoModeException.class, () -> DemoMode.listenHost(true, Optional.of(host)));

        assertTrue(refused.getMessage().startsWith("QUARKUS_HTTP_HOST=" + host + " "), refused.getMessage());
        assertTrue(refused.getMessage().contains("QUARKUS_DATASOURCE_JDBC_URL"), refused.getMessage());
        assertEquals(1, refused.getMessage().lines().count());
    }

    @Test
    void withoutDemoModeQuarkusDecides() throws DemoModeException {
        assertEquals(Optional.empty(), DemoMode.listenHost(false, Optional.empty()));
        assertEquals(Optional.empty(), DemoMode.listenHost(false, Optional.of("0.0.0.0")));
    }
}
