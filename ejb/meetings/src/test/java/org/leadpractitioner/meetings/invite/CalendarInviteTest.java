package org.leadpractitioner.meetings.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarInviteTest {

    private static final Instant START = Instant.parse("2026-10-29T10:00:00Z");
    private static final CalendarInvite.Person ORGANISER = new CalendarInvite.Person("Priya Shah", "priya@council.example");
    private static final CalendarInvite.Attendee TOM = new CalendarInvite.Attendee("Tom", "tom@school.example",
            CalendarInvite.Role.REQUIRED);

    private static CalendarInvite invite(Instant end, List<CalendarInvite.Attendee> attendees) {
        return new CalendarInvite("taf-1@lp.example", 0, CalendarInvite.Method.REQUEST, START, end,
                ZoneId.of("Europe/London"), "TAF meeting", null, " ", null, ORGANISER, attendees, START);
    }

    @Test
    void the_uid_is_stable_per_meeting() {
        assertEquals("taf-42@lp.council.example", CalendarInvite.uidFor(42, "lp.council.example"));
        assertEquals(CalendarInvite.uidFor(42, "h"), CalendarInvite.uidFor(42, "h"));
    }

    @Test
    void a_meeting_ends_after_it_starts_and_has_someone_to_invite() {
        assertThrows(IllegalArgumentException.class, () -> invite(START, List.of(TOM)));
        assertThrows(IllegalArgumentException.class, () -> invite(START.plusSeconds(3600), List.of()));
    }

    @Test
    void optional_text_is_normalised_and_the_attendee_list_is_a_copy() {
        List<CalendarInvite.Attendee> attendees = new ArrayList<>(List.of(TOM));
        CalendarInvite invite = invite(START.plusSeconds(3600), attendees);
        attendees.clear();

        assertEquals("", invite.description());
        assertNull(invite.location(), "a blank venue is no venue");
        assertEquals(List.of(TOM), invite.attendees());
    }

    @Test
    void only_plain_addresses_are_accepted() {
        for (String bad : List.of("tom", "tom@", "Tom <tom@school.example>", "a@b.example, c@d.example",
                "tom@school.example\r\nBcc: x@y.example", "tom@@school.example")) {
            assertThrows(IllegalArgumentException.class,
                    () -> new CalendarInvite.Attendee("Tom", bad, CalendarInvite.Role.REQUIRED), bad);
        }
    }

    @Test
    void a_cancellation_is_the_next_version_of_the_same_meeting() {
        CalendarInvite invite = invite(START.plusSeconds(3600), List.of(TOM));
        CalendarInvite cancelled = invite.cancelled(START.minusSeconds(60));

        assertEquals(CalendarInvite.Method.CANCEL, cancelled.method());
        assertEquals(invite.uid(), cancelled.uid());
        assertEquals(1, cancelled.sequence());
        assertEquals(START.minusSeconds(60), cancelled.stamp());
    }
}
