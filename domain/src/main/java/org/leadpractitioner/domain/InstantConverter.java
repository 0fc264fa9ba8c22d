package org.leadpractitioner.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Stores {@link Instant} (which JPA 3.1 does not map) as fixed-width ISO-8601 UTC text,
 * {@code 2027-10-31T01:30:00.000000Z}, in a {@code VARCHAR(27)} column.
 *
 * <p>Why text: UK authorities run their servers in Europe/London, and every route through a
 * {@code TIMESTAMP} column (with or without time zone) went through the JVM's local time somewhere in
 * EclipseLink or the driver, shifting the hour the clocks go forward (a local time that does not exist)
 * or back (one that exists twice) by an hour; {@code PlatformIT} proves it on the real server. Text
 * involves no time zone at all, reads the same on H2 and PostgreSQL, and, being fixed-width, sorts in
 * time order, so range conditions and indexes work as on a timestamp (docs/adr/0005).
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, String> {

    /** Always 27 characters for years 0000-9999, so string order is time order. */
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    @Override
    public String convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : FORMAT.format(instant);
    }

    @Override
    public Instant convertToEntityAttribute(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("Not an ISO-8601 UTC instant in the database: " + value, e);
        }
    }
}
