package org.leadpractitioner.escalation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.leadpractitioner.core.infrastructure.Settings;

/**
 * Runs {@link OverdueSweep} at a fixed interval on every server ({@value #INTERVAL_SETTING} seconds, default 60; the
 * first run shortly after start-up, which catches the deadlines that passed while the server was down).
 *
 * <p>The timer itself is deliberately <em>not</em> persistent: what must survive a restart is each stage's deadline,
 * and that is a column of the stage's row (ADR 0016). A persistent EJB timer per deadline would live in the server's
 * own store, outside the database the authority backs up, would need cleaning up when a stage is resolved early, and
 * could fire twice in a cluster; a sweep over the deadline column has none of those problems.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EscalationTimer {

    static final String INTERVAL_SETTING = "lp.escalation.sweep-seconds";
    private static final Logger LOG = Logger.getLogger(EscalationTimer.class.getName());
    private static final long DEFAULT_SECONDS = 60;
    private static final long FIRST_RUN_MILLIS = 5_000;

    @Resource
    TimerService timers;

    @EJB
    OverdueSweep sweep;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        long seconds = Settings.get(INTERVAL_SETTING).map(Long::parseLong).filter(s -> s > 0).orElse(DEFAULT_SECONDS);
        timers.createIntervalTimer(FIRST_RUN_MILLIS, seconds * 1000, new TimerConfig("escalation deadlines", false));
        LOG.log(Level.INFO, "Escalation deadlines are checked every {0} s", seconds);
    }

    @Timeout
    void onTimeout(Timer timer) {
        if (!running.compareAndSet(false, true)) {
            return; // the previous sweep is still running: skip this tick rather than queue it
        }
        try {
            sweep.sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The escalation deadline sweep failed; the next one tries again", e);
        } finally {
            running.set(false);
        }
    }
}
