package run.limber.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    private static final List<Integer> SEVEN = List.of(1, 2, 3, 4, 5, 6, 7);

    @Test
    void aPageIsCutFromTheOrderedList() {
        assertEquals(new Page<>(List.of(4, 5, 6), 1, 3, 7), Page.slice(SEVEN, new PageRequest(1, 3)));
    }

    @Test
    void theLastPageMayBeShort() {
        assertEquals(new Page<>(List.of(7), 2, 3, 7), Page.slice(SEVEN, new PageRequest(2, 3)));
    }

    @Test
    void aPagePastTheEndIsEmptyButKeepsTheTotal() {
        assertEquals(new Page<>(List.of(), 5, 3, 7), Page.slice(SEVEN, new PageRequest(5, 3)));
    }

    @Test
    void sizesOutsideOneToOneHundredAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, PageRequest.MAX_SIZE + 1));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(-1, 20));
    }

    @Test
    void pagesAreBoundedSoTheOffsetNeverOverflows() {
        assertEquals(PageRequest.MAX_PAGE * PageRequest.MAX_SIZE,
                new PageRequest(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE).offset());
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(PageRequest.MAX_PAGE + 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(Integer.MAX_VALUE, PageRequest.MAX_SIZE));
    }
}
