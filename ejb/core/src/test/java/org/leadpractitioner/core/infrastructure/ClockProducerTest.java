package org.leadpractitioner.core.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClockProducerTest {

    @AfterEach
    void forget() {
        System.clearProperty(ClockProducer.ADJUSTABLE);
    }

    @Test
    void withoutTheTestServerPropertyTheClockIsTheSystemClockAndCannotBeMoved() {
        ClockProducer producer = new ClockProducer();
        Clock clock = producer.clock();
        assertEquals(ClockProducer.LONDON, clock.getZone());
        assertThrows(IllegalStateException.class, () -> producer.runAhead(Duration.ofDays(3)));
        assertEquals(Duration.ZERO, producer.ahead());
        long skew = Math.abs(Duration.between(Instant.now(), clock.instant()).toSeconds());
        assertTrue(skew < 5, "the system time, not moved: " + skew + "s");
    }

    @Test
    void onATestServerTheClockRunsAheadAndBackButNeverBehindTheRealTime() {
        System.setProperty(ClockProducer.ADJUSTABLE, "true");
        ClockProducer producer = new ClockProducer();
        Clock clock = producer.clock();
        producer.runAhead(Duration.ofDays(3));
        long ahead = Duration.between(Instant.now(), clock.instant()).toHours();
        assertTrue(ahead >= 71 && ahead <= 72, "three days ahead: " + ahead + "h");
        long zoned = Duration.between(Instant.now(), clock.withZone(java.time.ZoneOffset.UTC).instant()).toHours();
        assertTrue(zoned >= 71, "a clock in another zone runs ahead too: " + zoned + "h");
        assertThrows(IllegalArgumentException.class, () -> producer.runAhead(Duration.ofHours(-1)));
        producer.runAhead(Duration.ZERO);
        assertTrue(Math.abs(Duration.between(Instant.now(), clock.instant()).toSeconds()) < 5);
    }
}
