package org.leadpractitioner.core.infrastructure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.leadpractitioner.core.security.Roles;
import org.leadpractitioner.domain.RuleViolation;

/**
 * What time the server thinks it is, for administrators; on a test server (see {@link ClockProducer}) they can run
 * it ahead so that black-box tests see deadlines pass.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ServerClock {

    /** The longest an administrator can run the clock ahead: deadlines are days or weeks away, a year is ample. */
    static final Duration MAX_AHEAD = Duration.ofDays(366);

    @Inject
    ClockProducer producer;

    @Inject
    Clock clock;

    /** The server's time now, how far ahead of the real time it runs, and whether it can be moved. */
    public Reading read() {
        return new Reading(clock.instant(), producer.ahead().toString(), producer.adjustable());
    }

    /** Runs the clock {@code ahead} of the real time (zero puts it back); only on a test server. */
    public Reading runAhead(Duration ahead) {
        if (!producer.adjustable()) {
            throw new RuleViolation("clock.fixed.conflict", "ahead", "This server runs on the system clock, which"
                    + " cannot be moved. Only a test server started with -D" + ClockProducer.ADJUSTABLE + "=true can.");
        }
        if (ahead == null || ahead.isNegative() || ahead.compareTo(MAX_AHEAD) > 0) {
            throw new RuleViolation("clock.ahead-out-of-range", "ahead", "Give how far ahead to run the clock as an"
                    + " ISO-8601 duration from PT0S (the real time) to P366D, for example P3DT2H.");
        }
        producer.runAhead(ahead);
        return read();
    }

    /** The clock as the API shows it. */
    public record Reading(Instant now, String ahead, boolean adjustable) {
    }
}
