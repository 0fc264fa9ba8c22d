/**
 * Families, their members, their children and the children's statutory circumstances. Every read is
 * scoped by {@link org.leadpractitioner.core.security.CaseAccess} and audited.
 */
package org.leadpractitioner.core.families;
