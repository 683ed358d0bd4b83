package fr.gouv.hubee.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchKeyTest {

    @Test
    void dropsAccentsAndCase() {
        assertEquals("helene lefevre-cœur".replace("œ", "oe"), SearchKey.of("  Hélène LEFÈVRE-Cœur "));
        assertEquals("francois", SearchKey.of("FRANÇOIS"));
        assertEquals("", SearchKey.of(null));
    }
}
