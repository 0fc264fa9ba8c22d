/**
 * TAF meeting invitations as iCalendar over email: {@link org.leadpractitioner.meetings.invite.CalendarInvite} (what
 * is sent), {@link org.leadpractitioner.meetings.invite.IcsWriter} (RFC 5545 text, with ical4j) and
 * {@code InvitationMailer} (one message per recipient through the server's mail
 * session). Depends on nothing of the other areas: the meetings boundary builds the invitation from its own records
 * and records the deliveries (docs/adr/0014).
 */
package org.leadpractitioner.meetings.invite;
