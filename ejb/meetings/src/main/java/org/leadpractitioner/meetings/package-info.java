/**
 * Team Around the Family meetings: scheduling, invitations, the meeting record, circulation and review clocks. May call assignment and the core.
 *
 * <p>Other areas know this one only through its boundary beans and small CDI events carrying ids; its
 * entities refer to other areas by id (docs/adr/0002).
 */
package org.leadpractitioner.meetings;
