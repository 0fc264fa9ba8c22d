package org.leadpractitioner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();

    @Test
    void storesTheUtcWallClockTime() {
        Instant instant = Instant.parse("2025-06-15T12:34:56.789Z");
        Timestamp stored = converter.convertToDatabaseColumn(instant);
        assertEquals(LocalDateTime.of(2025, 6, 15, 12, 34, 56, 789_000_000), stored.toLocalDateTime());
    }

    @Test
    void roundTripsToTheNanosecond() {
        Instant instant = Instant.parse("2024-01-31T23:59:59.123456789Z");
        assertEquals(instant, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant)));
    }

    @Test
    void passesNullThrough() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }
}
