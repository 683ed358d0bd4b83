package fr.gouv.hubee.domain.model.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores {@link Instant}s (Persistence 3.1 and EclipseLink 4.0 have no Instant) in
 * {@code timestamp with time zone} columns. The database side is declared {@code Object} because
 * drivers read such columns back differently (H2: OffsetDateTime, PostgreSQL: Timestamp) and
 * EclipseLink hands the driver's object over unconverted.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Object> {

    @Override
    public Object convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant();
        }
        throw new IllegalArgumentException("unexpected timestamp type " + value.getClass().getName());
    }
}
