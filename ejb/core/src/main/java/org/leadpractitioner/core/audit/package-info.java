/**
 * The audit log of every view and change of a child's, family's or case's record (who, when, what,
 * from where). Append-only: nothing in the application updates or deletes an audit row.
 */
package org.leadpractitioner.core.audit;
