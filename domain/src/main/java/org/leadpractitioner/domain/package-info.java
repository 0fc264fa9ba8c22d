/**
 * The domain of the Lead Practitioner platform: JPA entities, value objects and the rules that
 * keep them consistent, shared by every EJB module and packaged in the EAR's {@code lib/}.
 *
 * <p>This package holds what every area shares: {@link org.leadpractitioner.domain.BaseEntity}
 * (id from the single {@code lp_seq} sequence plus optimistic {@code @Version}),
 * {@link org.leadpractitioner.domain.InstantConverter} (stores {@code Instant} as ISO-8601 UTC text,
 * docs/adr/0005) and {@link org.leadpractitioner.domain.RuleViolation} (a broken business rule,
 * with a stable code, the input field to fix and a plain-English message).
 *
 * <p>Dependencies: the JDK and the Jakarta EE APIs (Persistence, Bean Validation, the
 * {@code @ApplicationException} annotation of Enterprise Beans) only. Nothing here may depend on a
 * sub-package, on the EJB or web modules, or on a provider (EclipseLink) API. The schema is owned by
 * the Flyway migrations in {@code db/migration}; it is never generated from these classes.
 */
package org.leadpractitioner.domain;
