package org.leadpractitioner.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores {@link Instant} (which JPA 3.1 does not map) in a {@code TIMESTAMP} column holding the
 * UTC wall-clock time, whatever the JVM's time zone, so that rows written by servers in different
 * zones agree and SQL reports read UTC.
 *
 * <p>The JDBC drivers still pass a {@link Timestamp} through the JVM's default zone; in a zone with
 * daylight saving a UTC time that falls in the spring-forward gap of that zone (one hour a year) is
 * shifted by an hour. Run the server with {@code -Duser.timezone=UTC} to rule that out.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
