/**
 * Escalation of professional disagreements on working-day clocks. May call meetings, assignment and the core.
 *
 * <p>Other areas know this one only through its boundary beans and small CDI events carrying ids; its
 * entities refer to other areas by id (docs/adr/0002).
 */
package org.leadpractitioner.escalation;
