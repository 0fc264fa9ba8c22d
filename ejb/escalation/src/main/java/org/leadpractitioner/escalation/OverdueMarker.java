package org.leadpractitioner.escalation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.leadpractitioner.core.audit.AuditLog;
import org.leadpractitioner.core.calendar.WorkingCalendar;
import org.leadpractitioner.domain.core.AuditAction;
import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.escalation.Escalation;
import org.leadpractitioner.domain.escalation.EscalationStage;
import org.leadpractitioner.domain.escalation.EscalationStagePolicy;
import org.leadpractitioner.domain.escalation.StageDeadline;
import org.leadpractitioner.domain.escalation.StageLadder;

/** Marks one stage overdue, in its own transaction (see {@link OverdueSweep}). */
@Stateless
@PermitAll // runs from the timer, without a caller; no boundary exposes it
public class OverdueMarker {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    WorkingCalendar calendar;

    @Inject
    Event<EscalationNotice> notices;

    /**
     * Marks the stage overdue if it still is due (open, current, undecided, past its deadline, not yet marked); where
     * the stage's policy says so, moves the escalation up to the next stage with the current responder's line manager
     * to respond (when there is one who can: active, and not the raiser); otherwise the raiser is prompted. Returns
     * whether this call marked it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean markOverdue(long stageId, Instant now) {
        EscalationStage stage = em.find(EscalationStage.class, stageId);
        if (stage == null || !stage.isCurrent()) {
            return false;
        }
        Escalation e = stage.getEscalation();
        if (!e.markOverdue(now)) {
            return false;
        }
        StageLadder ladder = StageLadder.of(em.createNamedQuery(EscalationStagePolicy.FIND_ALL,
                EscalationStagePolicy.class).getResultList());
        EscalationNotice.Kind kind = EscalationNotice.Kind.OVERDUE;
        String detail = "stage " + e.getCurrentStage() + " overdue (deadline " + stage.getDeadlineAt() + ")";
        EscalationStagePolicy next = e.stageAbove(ladder).orElse(null);
        if (next != null && e.movesUpAutomatically(ladder)) {
            Practitioner manager = stage.getResponder().getLineManager();
            if (manager != null && manager.isActive() && !manager.equals(e.getRaisedBy())) {
                int from = e.getCurrentStage();
                e.moveUp(next.getStageNumber(), manager, null, ladder, now, EscalationService.workingDaysFor(calendar,
                        next, now.atZone(StageDeadline.ZONE).toLocalDate()));
                kind = ladder.notifiesBusinessManagerReaching(from, next.getStageNumber())
                        ? EscalationNotice.Kind.OVERDUE_MOVED_UP_NOTIFY_PARTNERSHIP : EscalationNotice.Kind.OVERDUE_MOVED_UP;
                detail += "; moved up automatically to stage " + next.getStageNumber() + ", responder " + manager.getId();
            } else {
                detail += "; not moved up automatically: the responder has no line manager who can respond";
            }
        }
        em.flush();
        audit.record(AuditAction.UPDATE, EscalationService.RECORD, e.getId(), e.getEarlyHelpCase().getId(), null, detail);
        notices.fire(new EscalationNotice(e.getId(), kind));
        return true;
    }
}
