package org.leadpractitioner.escalation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.Versions;
import org.leadpractitioner.core.audit.AuditLog;
import org.leadpractitioner.core.security.Roles;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.AuditAction;
import org.leadpractitioner.domain.escalation.EscalationStagePolicy;
import org.leadpractitioner.domain.escalation.StageLadder;
import org.leadpractitioner.escalation.EscalationViews.StagePolicyView;

/**
 * The authority's escalation policy: its stages, each with its time limits (working days on the standard route,
 * hours on the urgent one), whether reaching it tells the partnership's business manager, and what happens when its
 * deadline passes. Everyone signed in reads it (it is on every escalation page); administrators change it. A change
 * applies to stages started afterwards: a stage keeps the deadline it started with.
 */
@Stateless
@RolesAllowed({Roles.PRACTITIONER, Roles.SUPERVISOR, Roles.COORDINATOR, Roles.ADMIN})
public class EscalationPolicyService {

    /** The longest time limits an administrator can set: a quarter of a year, and a fortnight in hours. */
    static final int MAX_WORKING_DAYS = 65;
    static final int MAX_HOURS = 336;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    /** The stages, in order. */
    public List<StagePolicyView> stages() {
        return all().stream().map(StagePolicyView::of).toList();
    }

    /** One stage. */
    public StagePolicyView stage(int stageNumber) {
        return StagePolicyView.of(find(stageNumber));
    }

    /** Changes a stage's terms (administrators; needs the version read). */
    @RolesAllowed(Roles.ADMIN)
    public StagePolicyView change(int stageNumber, long expectedVersion, @NotNull @Valid EscalationInputs.StageTerms input) {
        EscalationStagePolicy stage = find(stageNumber);
        Versions.require(stage.getVersion(), expectedVersion, "stage");
        stage.change(terms(input));
        em.flush();
        audit.record(AuditAction.UPDATE, "EscalationStagePolicy", stage.getId(), null, null, "stage " + stageNumber
                + ": " + stage.getResponseWorkingDays() + " working days, " + stage.getUrgentResponseHours() + " hours, "
                + stage.getOnOverdue() + (stage.isNotifiesBusinessManager() ? ", tells the business manager" : ""));
        return StagePolicyView.of(stage);
    }

    /** Adds a stage above the last one (administrators). */
    @RolesAllowed(Roles.ADMIN)
    public StagePolicyView add(@NotNull @Valid EscalationInputs.StageTerms input) {
        List<EscalationStagePolicy> stages = all();
        EscalationStagePolicy stage = new EscalationStagePolicy(stages.size() + 1, terms(input));
        StageLadder.of(java.util.stream.Stream.concat(stages.stream(), java.util.stream.Stream.of(stage)).toList());
        em.persist(stage);
        em.flush();
        audit.record(AuditAction.CREATE, "EscalationStagePolicy", stage.getId(), null, null, "stage "
                + stage.getStageNumber() + " added");
        return StagePolicyView.of(stage);
    }

    /** Removes the last stage (administrators), unless an open escalation is at it or it is the only one. */
    @RolesAllowed(Roles.ADMIN)
    public void removeLast(int stageNumber) {
        List<EscalationStagePolicy> stages = all();
        EscalationStagePolicy last = stages.get(stages.size() - 1);
        if (stageNumber != last.getStageNumber()) {
            throw new RuleViolation("escalation-policy.not-last.conflict", "stageNumber", "Only the last stage (stage "
                    + last.getStageNumber() + ") can be removed, so that the stages stay numbered 1 to n.");
        }
        if (stages.size() == 1) {
            throw new RuleViolation("escalation-policy.only-stage.conflict", "stageNumber", "The policy needs at least"
                    + " one stage. Change this one instead of removing it.");
        }
        long open = em.createQuery("SELECT COUNT(e) FROM Escalation e WHERE e.currentStage = :n AND e.status ="
                + " org.leadpractitioner.domain.escalation.EscalationStatus.OPEN", Long.class)
                .setParameter("n", stageNumber).getSingleResult();
        if (open > 0) {
            throw new RuleViolation("escalation-policy.stage-in-use.conflict", "stageNumber", open + " open"
                    + " escalation(s) are at stage " + stageNumber + ". Remove it once they have moved on or closed.");
        }
        em.remove(last);
        audit.record(AuditAction.UPDATE, "EscalationStagePolicy", last.getId(), null, null, "stage " + stageNumber
                + " removed");
    }

    private static EscalationStagePolicy.Terms terms(EscalationInputs.StageTerms in) {
        if (in.responseWorkingDays() > MAX_WORKING_DAYS) {
            throw new RuleViolation("escalation-policy.working-days-too-many", "responseWorkingDays", "A stage's time"
                    + " limit can be at most " + MAX_WORKING_DAYS + " working days (about a quarter of a year); you"
                    + " entered " + in.responseWorkingDays() + ".");
        }
        if (in.urgentResponseHours() > MAX_HOURS) {
            throw new RuleViolation("escalation-policy.urgent-hours-too-many", "urgentResponseHours", "The urgent"
                    + " route is for risk that cannot wait: at most " + MAX_HOURS + " hours (two weeks); you entered "
                    + in.urgentResponseHours() + ".");
        }
        return new EscalationStagePolicy.Terms(in.name(), in.description(), in.responseWorkingDays(),
                in.urgentResponseHours(), in.notifiesBusinessManager(), in.onOverdue());
    }

    private List<EscalationStagePolicy> all() {
        return em.createNamedQuery(EscalationStagePolicy.FIND_ALL, EscalationStagePolicy.class).getResultList();
    }

    private EscalationStagePolicy find(int stageNumber) {
        return all().stream().filter(s -> s.getStageNumber() == stageNumber).findFirst()
                .orElseThrow(() -> new RecordNotFound("Stage", stageNumber));
    }
}
