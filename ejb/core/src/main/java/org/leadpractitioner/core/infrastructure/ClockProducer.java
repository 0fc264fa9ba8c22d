package org.leadpractitioner.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock, in the authorities' time zone. Services take "today" and "now" from it, never from
 * {@code Instant.now()}, so that deadline behaviour (TAF circulation and review clocks, escalation stages) follows
 * one clock.
 *
 * <p>On a server started with the system property {@value #ADJUSTABLE}{@code =true} (the integration-test server,
 * never a production configuration) the clock can be moved forward, so that black-box tests see a deadline pass
 * without waiting days (see ADR 0015). Elsewhere it is the system clock and cannot be moved.
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** The system property that lets an administrator move the clock forward (test servers only). */
    public static final String ADJUSTABLE = "lp.clock.adjustable";

    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new AheadClock(Clock.system(LONDON), ahead);
    }

    /** Whether this server lets the clock be moved ({@value #ADJUSTABLE}). */
    public boolean adjustable() {
        return Boolean.getBoolean(ADJUSTABLE);
    }

    /** How far ahead of the real time the clock runs (zero unless moved on a test server). */
    public Duration ahead() {
        return ahead.get();
    }

    /**
     * Runs the clock {@code ahead} of the real time (zero puts it back). Refused with {@link IllegalStateException}
     * unless the server is {@linkplain #adjustable() adjustable}, and for a negative amount: the clock never runs
     * behind the real time.
     */
    public void runAhead(Duration ahead) {
        if (!adjustable()) {
            throw new IllegalStateException("This server's clock is the system clock; it cannot be moved");
        }
        if (ahead.isNegative()) {
            throw new IllegalArgumentException("The clock can run ahead of the real time, not behind it");
        }
        this.ahead.set(ahead);
    }

    /** The system clock plus an offset that can change while the application runs. */
    static final class AheadClock extends Clock {

        private final Clock system;
        private final AtomicReference<Duration> ahead;

        AheadClock(Clock system, AtomicReference<Duration> ahead) {
            this.system = system;
            this.ahead = ahead;
        }

        @Override
        public ZoneId getZone() {
            return system.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new AheadClock(system.withZone(zone), ahead);
        }

        @Override
        public Instant instant() {
            return system.instant().plus(ahead.get());
        }
    }
}
