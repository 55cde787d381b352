package run.limber.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicLinksTest {

    @Test
    void unsetTheLinksPointToThisMachineOnLimbersPort() {
        var links = new PublicLinks(Optional.empty(), 8181);

        assertEquals("http://localhost:8181/", links.base());
        assertEquals("http://localhost:8181/reset-password", links.to("reset-password"));
    }

    @Test
    void blankCountsAsUnset() {
        assertEquals("http://localhost:8080/", new PublicLinks(Optional.of("  "), 8080).base());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://limber.example.org", "https://limber.example.org/"})
    void theConfiguredAddressIsTheBaseWithOrWithoutItsSlash(String configured) {
        var links = new PublicLinks(Optional.of(configured), 8080);

        assertEquals("https://limber.example.org/", links.base());
        assertEquals("https://limber.example.org/api/v1/calendar/abc.ics", links.to("/api/v1/calendar/abc.ics"));
    }

    @Test
    void aPathBelowTheRootIsKept() {
        var links = new PublicLinks(Optional.of("https://example.org/limber"), 8080);

        assertEquals("https://example.org/limber/reset-password", links.to("reset-password"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"limber.example.org", "ftp://limber.example.org/", "https:///nohost", "/relative"})
    void anAddressThatIsNoWebSiteStopsTheStart(String configured) {
        var refused = assertThrows(IllegalArgumentException.class, () -> new PublicLinks(Optional.of(configured), 8080));
        assertEquals(true, refused.getMessage().contains("LIMBER_PUBLIC_URL"));
    }
}
