package org.leadpractitioner.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The application's clock, in the authorities' time zone. Services take "today" and "now" from it, so
 * that deadline behaviour can be tested with a fixed clock instead of waiting.
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(LONDON);
    }
}
