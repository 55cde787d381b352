package run.limber.domain.clubs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class JoinCodesTest {

    @Test
    void codesAreTenCharactersWithoutLookAlikes() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            String code = JoinCodes.newCode();
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{10}"), code);
            seen.add(code);
        }
        assertEquals(1000, seen.size(), "random enough never to repeat in a thousand");
    }

    @Test
    void typedCodesAreReadLeniently() {
        assertEquals("AB12CD34EF", JoinCodes.normalize("ab12c-d34ef"));
        assertEquals("AB12CD34EF", JoinCodes.normalize(" AB12 CD34 EF "));
        assertEquals("10000000XY", JoinCodes.normalize("IOoo0000xy"));
        assertEquals("1100000000", JoinCodes.normalize("Il00000000"));
    }

    @Test
    void whatCannotBeACodeIsNothing() {
        assertEquals("", JoinCodes.normalize(null));
        assertEquals("", JoinCodes.normalize("SHORT"));
        assertEquals("", JoinCodes.normalize("AB12CD34EFG"));
        assertEquals("", JoinCodes.normalize("AB12CD34E?"));
        assertEquals("", JoinCodes.normalize("AB12CD34EU"));
        assertEquals("", JoinCodes.normalize("-".repeat(1000)));
    }
}
