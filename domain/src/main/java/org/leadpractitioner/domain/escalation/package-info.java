/**
 * Escalation of professional disagreements (issue 5; DOMAIN.md, "Escalation"): the authority's staged policy ({@link
 * org.leadpractitioner.domain.escalation.EscalationStagePolicy}, in order as a {@link
 * org.leadpractitioner.domain.escalation.StageLadder}), the escalation itself ({@link
 * org.leadpractitioner.domain.escalation.Escalation}, the aggregate root) and the record of each stage it reached
 * ({@link org.leadpractitioner.domain.escalation.EscalationStage}) with its deadline in working days, or in hours on
 * the urgent route ({@link org.leadpractitioner.domain.escalation.StageDeadline}).
 *
 * <p>Pure rules live on the entities; they take the stages, the working days and the current instant as arguments. The
 * services in {@code ejb/escalation} load, check access, run the overdue sweep, notify, audit and record the outcome on
 * the case.
 *
 * <p>Dependencies: the JDK, the Jakarta EE APIs, {@code org.leadpractitioner.domain} and {@code domain.core} (case,
 * practitioner, agency, working days). Never another area's entities (meetings, assignment, training): a resolution
 * naming who should lead names a practitioner; appointing them is the assignment area's workflow.
 */
package org.leadpractitioner.domain.escalation;
