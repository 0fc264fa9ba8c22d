package org.leadpractitioner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();

    @Test
    void storesFixedWidthIsoTextInUtc() {
        assertEquals("2025-06-15T12:34:56.789000Z", converter.convertToDatabaseColumn(Instant.parse("2025-06-15T12:34:56.789Z")));
        assertEquals("2027-01-01T00:00:00.000000Z", converter.convertToDatabaseColumn(Instant.parse("2027-01-01T00:00:00Z")));
    }

    @Test
    void roundTripsToTheMicrosecond() {
        Instant instant = Instant.parse("2024-01-31T23:59:59.123456Z");
        assertEquals(instant, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant)));
    }

    @Test
    void textOrderIsTimeOrder() {
        List<Instant> instants = List.of(Instant.parse("2027-10-31T01:30:00Z"), Instant.parse("2027-10-31T00:30:00Z"),
                Instant.parse("2026-12-31T23:59:59.999999Z"), Instant.parse("2027-03-28T01:30:00.5Z"));
        List<String> asText = instants.stream().map(converter::convertToDatabaseColumn).sorted().toList();
        List<String> byTime = instants.stream().sorted().map(converter::convertToDatabaseColumn).toList();
        assertEquals(byTime, asText);
    }

    @Test
    void refusesTextThatIsNotAnInstant() {
        assertThrows(IllegalStateException.class, () -> converter.convertToEntityAttribute("31/10/2027 01:30"));
    }

    @Test
    void passesNullThrough() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }
}
