/**
 * Lead practitioner assignment: the statutory rules on who must or usually leads for a child
 * ({@link org.leadpractitioner.domain.assignment.LeadRule}), and appointments of a lead practitioner for
 * named children of a case ({@link org.leadpractitioner.domain.assignment.LeadAppointment}) with the
 * periods they cover ({@link org.leadpractitioner.domain.assignment.LeadCoverage}), and changes of lead
 * ({@link org.leadpractitioner.domain.assignment.LeadHandover}) that end one lead's cover on the day the next one's
 * begins.
 *
 * <p>The rules are plain code over small fact records ({@link org.leadpractitioner.domain.assignment.ChildFacts},
 * {@link org.leadpractitioner.domain.assignment.CandidateFacts}) so that they are tested row by row without a
 * database, and explain every verdict in plain English with the guidance they come from.
 *
 * <p>Dependencies: the JDK, the Jakarta EE APIs, {@code org.leadpractitioner.domain} and the case core
 * ({@code domain.core}: case, child, practitioner). Never another area's entities.
 */
package org.leadpractitioner.domain.assignment;
