package fr.gouv.hubee.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();
    private final Instant instant = Instant.parse("2026-03-29T01:30:00.123456Z");

    @Test
    void readsWhatEachDriverReturns() {
        assertEquals(instant, converter.convertToEntityAttribute(instant.atOffset(ZoneOffset.ofHours(2))));
        assertEquals(instant, converter.convertToEntityAttribute(Timestamp.from(instant)));
        assertNull(converter.convertToEntityAttribute(null));
        assertThrows(IllegalArgumentException.class, () -> converter.convertToEntityAttribute("2026"));
    }

    @Test
    void writesUtcOffsetDateTimes() {
        assertEquals(OffsetDateTime.of(2026, 3, 29, 1, 30, 0, 123_456_000, ZoneOffset.UTC),
                converter.convertToDatabaseColumn(instant));
        assertNull(converter.convertToDatabaseColumn(null));
    }
}
