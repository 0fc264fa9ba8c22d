package org.leadpractitioner.escalation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.leadpractitioner.domain.escalation.EscalationStage;

/**
 * Marks escalation stages overdue once their deadline has passed (issue 5, item 3). The deadline of every stage is a
 * column of its row ({@code deadline_at}), written when the stage starts, so nothing is lost when the server stops:
 * the first sweep after a restart or a redeploy finds every deadline that passed meanwhile.
 *
 * <p>Each stage is marked in a transaction of its own ({@link OverdueMarker}); marking is idempotent (the stage's
 * {@code overdue_at} is set once) and guarded by the row's version, so two sweeps at once (two cluster nodes, or an
 * overlap) mark a stage once: the second commit fails on the version and sends nothing. Emails go only after the
 * marking commits. Started by {@link EscalationTimer}; callable by nobody over the API.
 */
@Stateless
@PermitAll // runs from the timer, without a caller; no boundary exposes it
public class OverdueSweep {

    private static final Logger LOG = Logger.getLogger(OverdueSweep.class.getName());
    /** The most stages one sweep marks; the next sweep takes the rest. */
    static final int BATCH = 200;

    @PersistenceContext
    EntityManager em;

    @EJB
    OverdueMarker marker;

    @Inject
    Clock clock;

    /** Marks the stages whose deadline has passed; returns how many this sweep marked. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sweep() {
        Instant now = clock.instant();
        List<Long> due = em.createNamedQuery(EscalationStage.FIND_DUE_FOR_OVERDUE, EscalationStage.class)
                .setParameter("now", now).setMaxResults(BATCH).getResultStream().map(EscalationStage::getId).toList();
        int marked = 0;
        for (Long stageId : due) {
            try {
                if (marker.markOverdue(stageId, now)) {
                    marked++;
                }
            } catch (OptimisticLockException e) {
                LOG.log(Level.FINE, "Stage {0} was changed meanwhile (another sweep, or a user); left to it", stageId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Stage " + stageId + " could not be marked overdue; the next sweep tries again", e);
            }
        }
        if (marked > 0) {
            LOG.log(Level.INFO, "{0} escalation stage(s) marked overdue", marked);
        }
        return marked;
    }
}
