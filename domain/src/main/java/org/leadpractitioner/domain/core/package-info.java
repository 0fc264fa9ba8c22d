/**
 * The case core shared by every area: agencies, practitioners and their user accounts, families, their
 * members and children (with statutory circumstances), the continuum of need, early help cases with their
 * consents and memberships, the audit trail, and the bank holidays that make working days ({@link
 * org.leadpractitioner.domain.core.WorkingDays}, docs/adr/0013).
 *
 * <p>Rules live in the entities: constructors and static factories ({@code EarlyHelpCase.open},
 * {@code ConsentRecord.give}) refuse inconsistent data with a {@link org.leadpractitioner.domain.RuleViolation},
 * and state changes go through intention-named methods ({@code stepUp}, {@code close},
 * {@code withdrawConsent}, {@code addMember}). Rules needing a query (one open case per child) are split:
 * a named query here, a static check the service calls with its result. Named queries sit on their
 * entity, as constants; list queries are meant to be paged by the caller.
 *
 * <p>Dependencies: the JDK, the Jakarta EE APIs and {@code org.leadpractitioner.domain} (base entity,
 * converter, rule violation). Never the EJB or web modules, a provider API, or another area's entities:
 * the areas (assignment, meetings, escalation, training) refer to this core, not the other way round.
 */
package org.leadpractitioner.domain.core;
