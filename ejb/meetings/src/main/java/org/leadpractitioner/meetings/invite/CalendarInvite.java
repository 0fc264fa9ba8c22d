package org.leadpractitioner.meetings.invite;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One TAF meeting invitation (or its cancellation) as calendar software needs it (RFC 5545 / iTIP RFC 5546).
 *
 * <p>The {@link #uid} is stable for a meeting ({@link #uidFor}); every update of the meeting sends the same uid with
 * a higher {@link #sequence}, so calendars replace the entry instead of adding a second one. {@link #start} and
 * {@link #end} are moments in time; {@link #zone} is only how they are presented (Europe/London in practice).
 *
 * @param uid         stable per meeting, e.g. {@code taf-42@lead-practitioner.example.gov.uk}
 * @param sequence    0 for the first invitation, increased by every update and by the cancellation
 * @param method      {@link Method#REQUEST} (invite or update) or {@link Method#CANCEL}
 * @param start       when the meeting starts
 * @param end         when it ends (after {@code start})
 * @param zone        the time zone the times are shown in
 * @param summary     the title
 * @param description plain text, may be empty
 * @param location    the venue, or null (an online-only meeting)
 * @param onlineLink  the link to join online, or null
 * @param organizer   who organises it (replies go to them)
 * @param attendees   who is invited (at least one)
 * @param stamp       when this version of the invitation was made (DTSTAMP)
 */
public record CalendarInvite(
        String uid,
        int sequence,
        Method method,
        Instant start,
        Instant end,
        ZoneId zone,
        String summary,
        String description,
        String location,
        URI onlineLink,
        Person organizer,
        List<Attendee> attendees,
        Instant stamp) {

    /** The iTIP method: what the recipient's calendar is asked to do. */
    public enum Method {
        /** add the meeting, or update it if the uid is known and the sequence is higher */
        REQUEST,
        /** remove the meeting */
        CANCEL
    }

    /** An attendee's part in the meeting (RFC 5545 ROLE). */
    public enum Role {
        /** chairs the meeting (ROLE=CHAIR) */
        CHAIR,
        /** expected to attend (ROLE=REQ-PARTICIPANT) */
        REQUIRED
    }

    /** A name and an email address. */
    public record Person(String name, String email) {
        public Person {
            name = requireText(name, "name");
            email = requireAddress(email);
        }
    }

    /** An invited person and their role. */
    public record Attendee(String name, String email, Role role) {
        public Attendee {
            name = requireText(name, "name");
            email = requireAddress(email);
            Objects.requireNonNull(role, "role");
        }

        public Person person() {
            return new Person(name, email);
        }
    }

    public CalendarInvite {
        uid = requireText(uid, "uid");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative");
        }
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start");
        }
        Objects.requireNonNull(zone, "zone");
        summary = requireText(summary, "summary");
        description = description == null ? "" : description;
        location = location == null || location.isBlank() ? null : location;
        Objects.requireNonNull(organizer, "organizer");
        attendees = List.copyOf(attendees);
        if (attendees.isEmpty()) {
            throw new IllegalArgumentException("an invitation needs at least one attendee");
        }
        Objects.requireNonNull(stamp, "stamp");
    }

    /** The uid of meeting {@code meetingId}: {@code taf-<meetingId>@<host>}. */
    public static String uidFor(long meetingId, String host) {
        return "taf-" + meetingId + "@" + requireText(host, "host");
    }

    /** The same invitation as a cancellation: method CANCEL, the next sequence, stamped {@code at}. */
    public CalendarInvite cancelled(Instant at) {
        return new CalendarInvite(uid, sequence + 1, Method.CANCEL, start, end, zone, summary, description, location,
                onlineLink, organizer, attendees, at);
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }

    private static String requireAddress(String email) {
        String address = requireText(email, "email");
        // one plain address: no display name, no list, nothing that could break a header or a mailto: URI
        if (!address.matches("[^\\s@<>\",;:()\\[\\]\\\\]+@[^\\s@<>\",;:()\\[\\]\\\\]+")) {
            throw new IllegalArgumentException("not a plain email address");
        }
        return address;
    }
}
