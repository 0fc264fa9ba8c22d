/**
 * Lead practitioner assignment: statutory rules, appointment workflow, coverage, handover, ranked candidates. May call training (is a practitioner trained for the lead role?) and the core.
 *
 * <p>Other areas know this one only through its boundary beans and small CDI events carrying ids; its
 * entities refer to other areas by id (docs/adr/0002).
 */
package org.leadpractitioner.assignment;
