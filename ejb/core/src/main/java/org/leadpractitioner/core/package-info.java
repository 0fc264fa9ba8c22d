/**
 * The case core shared by every area: agencies, practitioners, user accounts, families, children,
 * early help cases and consent, plus the cross-cutting services every area needs (who is calling,
 * whether they may see a case, the audit log, the schema).
 *
 * <p>It sits at the bottom of the EJB module graph: the areas (training, assignment, meetings,
 * escalation) may call it; it calls none of them (docs/adr/0002).
 */
package org.leadpractitioner.core;
