package fr.gouv.hubee.interfaces.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageWindowTest {

    @Test
    void aMiddlePageHasNeighboursAndSaysItsRange() {
        PageWindow second = new PageWindow(1, 10, 45);
        assertEquals("11 - 20 / 45", second.range());
        assertTrue(second.hasPrevious());
        assertTrue(second.hasNext());
    }

    @Test
    void theLastPageEndsAtTheTotalAndAnEmptyListSaysZero() {
        PageWindow last = new PageWindow(4, 10, 45);
        assertEquals("41 - 45 / 45", last.range());
        assertFalse(last.hasNext());
        assertFalse(new PageWindow(0, 10, 10).hasNext(), "exactly one full page");
        assertEquals("0 - 0 / 0", new PageWindow(0, 10, 0).range());
        assertFalse(new PageWindow(0, 10, 0).hasPrevious());
    }
}
