/**
 * Training records and supervision logs.
 *
 * <p>Training: a catalogue of {@link org.leadpractitioner.domain.training.Course courses} mapped to the six areas of
 * the {@link org.leadpractitioner.domain.training.CommonCoreArea common core}; each practitioner's
 * {@link org.leadpractitioner.domain.training.TrainingRecord bookings and completions} (with an optional
 * {@link org.leadpractitioner.domain.training.TrainingEvidence evidence document}) and their
 * {@link org.leadpractitioner.domain.training.TrainingNeed training needs}; and
 * {@link org.leadpractitioner.domain.training.TrainingGaps}, a plain computation of what a practitioner lacks to
 * hold the lead practitioner role.
 *
 * <p>Supervision: {@link org.leadpractitioner.domain.training.SupervisionPolicy policies} on how often supervision
 * is due (resolved per practitioner by {@link org.leadpractitioner.domain.training.SupervisionPolicies}), and
 * {@link org.leadpractitioner.domain.training.SupervisionSession sessions} with their case discussions, agreed
 * actions and training needs identified. Signing a session locks it and produces the training needs and the case
 * notes ({@link org.leadpractitioner.domain.training.SupervisionCaseNote}) that those entitled to see the case may
 * read; the rest of the record stays private to the supervisor, the supervisee and their management line.
 *
 * <p>As in the case core, rules live in the entities and refuse bad input with a
 * {@link org.leadpractitioner.domain.RuleViolation}; rules that need a query are split into a named query and a
 * static check the service calls with its result. Dates that matter to a rule ("today") are arguments, never read
 * from the clock.
 *
 * <p>Dependencies: the JDK, the Jakarta EE APIs, {@code org.leadpractitioner.domain} and the case core
 * ({@code domain.core}: practitioner, agency, case). Never another area's entities.
 */
package org.leadpractitioner.domain.training;
