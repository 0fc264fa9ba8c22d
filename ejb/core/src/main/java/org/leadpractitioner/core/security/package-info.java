/**
 * Who is calling and what they may see. {@link org.leadpractitioner.core.security.CallerService} resolves
 * the signed-in user to their practitioner record; {@link org.leadpractitioner.core.security.CaseAccess}
 * decides whether a case is in their scope (DOMAIN.md, information governance). Every area asks these
 * rather than deciding for itself.
 */
package org.leadpractitioner.core.security;
