/**
 * Start-up and plumbing: the Flyway schema migration, the bootstrap administrator, password hashing,
 * the clock and configuration lookups. Depends on the domain and on the server only.
 */
package org.leadpractitioner.core.infrastructure;
