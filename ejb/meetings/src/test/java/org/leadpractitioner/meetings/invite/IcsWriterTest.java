package org.leadpractitioner.meetings.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.RRule;
import org.junit.jupiter.api.Test;

/** Writes invitations and reads them back with ical4j, as a recipient's calendar would. */
class IcsWriterTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant STAMP = Instant.parse("2026-10-01T08:30:15Z");
    private static final CalendarInvite.Person ORGANISER = new CalendarInvite.Person("Priya Shah", "priya.shah@council.example");
    private static final List<CalendarInvite.Attendee> ATTENDEES = List.of(
            new CalendarInvite.Attendee("Priya Shah", "priya.shah@council.example", CalendarInvite.Role.CHAIR),
            new CalendarInvite.Attendee("Tom O'Neill", "tom.oneill@school.example", CalendarInvite.Role.REQUIRED),
            new CalendarInvite.Attendee("Siân Jones", "sian@health.example", CalendarInvite.Role.REQUIRED));

    private final IcsWriter writer = new IcsWriter();

    private static CalendarInvite inviteAt(LocalDateTime londonStart) {
        Instant start = londonStart.atZone(LONDON).toInstant();
        return new CalendarInvite(CalendarInvite.uidFor(42, "lp.council.example"), 0, CalendarInvite.Method.REQUEST,
                start, start.plus(Duration.ofMinutes(90)), LONDON, "TAF meeting", "Review of the family plan.",
                "Northbridge Family Hub, Room 2", URI.create("https://meet.example/taf-42"), ORGANISER, ATTENDEES, STAMP);
    }

    private static CalendarInvite withText(CalendarInvite invite, String summary, String description, String location) {
        return new CalendarInvite(invite.uid(), invite.sequence(), invite.method(), invite.start(), invite.end(), invite.zone(),
                summary, description, location, invite.onlineLink(), invite.organizer(), invite.attendees(), invite.stamp());
    }

    private static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException | ParserException e) {
            throw new AssertionError("not valid iCalendar:\n" + ics, e);
        }
    }

    private static VEvent event(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + property));
    }

    private static Instant instant(Temporal temporal) {
        return Instant.from(temporal);
    }

    @Test
    void a_meeting_after_the_clocks_go_back_is_at_ten_gmt() {
        String ics = writer.write(inviteAt(LocalDateTime.of(2026, 10, 29, 10, 0)));

        assertTrue(ics.contains("DTSTART;TZID=Europe/London:20261029T100000\r\n"), ics);
        VEvent event = event(parse(ics));
        assertEquals(Instant.parse("2026-10-29T10:00:00Z"), instant(event.getDateTimeStart().getDate()));
        assertEquals(Instant.parse("2026-10-29T11:30:00Z"), instant(event.getDateTimeEnd().getDate()));
    }

    @Test
    void a_meeting_before_the_clocks_go_back_is_at_ten_bst_which_is_nine_utc() {
        String ics = writer.write(inviteAt(LocalDateTime.of(2026, 10, 22, 10, 0)));

        assertTrue(ics.contains("DTSTART;TZID=Europe/London:20261022T100000\r\n"), ics);
        VEvent event = event(parse(ics));
        assertEquals(Instant.parse("2026-10-22T09:00:00Z"), instant(event.getDateTimeStart().getDate()));
        assertEquals(Instant.parse("2026-10-22T10:30:00Z"), instant(event.getDateTimeEnd().getDate()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_calendar_carries_a_london_vtimezone_that_agrees_with_java_time_across_the_changes() {
        Calendar calendar = parse(writer.write(inviteAt(LocalDateTime.of(2026, 10, 29, 10, 0))));

        List<VTimeZone> zones = calendar.getComponents(VTimeZone.VTIMEZONE);
        assertEquals(1, zones.size(), "one VTIMEZONE");
        VTimeZone london = zones.get(0);
        assertEquals("Europe/London", london.getProperty("TZID").orElseThrow().getValue());
        List<Observance> observances = london.getObservances();
        assertTrue(observances.stream().anyMatch(o -> o instanceof Standard), "a STANDARD observance (GMT)");
        assertTrue(observances.stream().anyMatch(o -> o instanceof Daylight), "a DAYLIGHT observance (BST)");

        // a calendar that knows nothing of Europe/London computes the changes from our VTIMEZONE alone: each
        // observance starts at its DTSTART and repeats by its RRULE, a local time in its TZOFFSETFROM (RFC 5545 3.6.5)
        List<ZoneOffsetTransition> computed = new ArrayList<>();
        for (Observance observance : observances) {
            LocalDateTime first = observance.getStartDate().getDate();
            ZoneOffset from = observance.getTimeZoneOffsetFrom().getOffset();
            ZoneOffset to = observance.getTimeZoneOffsetTo().getOffset();
            RRule<LocalDateTime> rule = observance.getProperty("RRULE").map(p -> (RRule<LocalDateTime>) p).orElseThrow();
            for (LocalDateTime onset : rule.getRecur().getDates(first, LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2031, 1, 1, 0, 0))) {
                computed.add(ZoneOffsetTransition.of(onset, from, to));
            }
        }
        computed.sort(Comparator.comparing(ZoneOffsetTransition::getInstant));

        // ... and they must be the JVM's, to the second
        List<ZoneOffsetTransition> expected = new ArrayList<>();
        for (ZoneOffsetTransition t = LONDON.getRules().nextTransition(Instant.parse("2026-01-01T00:00:00Z"));
                t.getInstant().isBefore(Instant.parse("2031-01-01T00:00:00Z")); t = LONDON.getRules().nextTransition(t.getInstant())) {
            expected.add(t);
        }
        assertEquals(10, expected.size());
        assertEquals(expected, computed);
        assertEquals(Instant.parse("2026-10-25T01:00:00Z"), computed.get(1).getInstant(), "GMT from 02:00 BST on 25 October 2026");
    }

    @Test
    void the_vtimezone_repeats_yearly_on_the_last_sundays_of_march_and_october() {
        String ics = writer.write(inviteAt(LocalDateTime.of(2026, 10, 29, 10, 0)));

        assertTrue(ics.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"), ics);
        assertTrue(ics.contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"), ics);
    }

    @Test
    void recurrences_of_other_zones_rules() {
        var newYork = ZoneId.of("America/New_York").getRules().getTransitionRules();
        assertEquals("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", IcsWriter.recurrence(newYork.get(0)));
        assertEquals("FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", IcsWriter.recurrence(newYork.get(1)));
    }

    @Test
    void a_zone_without_daylight_saving_gets_one_standard_observance() {
        Instant start = Instant.parse("2026-10-29T01:00:00Z");
        VTimeZone tokyo = IcsWriter.timeZone(ZoneId.of("Asia/Tokyo"), start, start.plusSeconds(3600));

        assertEquals(1, tokyo.getObservances().size());
        Observance only = tokyo.getObservances().get(0);
        assertTrue(only instanceof Standard);
        assertEquals(ZoneOffset.ofHours(9), only.getTimeZoneOffsetTo().getOffset());
    }

    @Test
    void times_in_a_fixed_offset_are_written_in_utc_without_a_vtimezone() {
        CalendarInvite london = inviteAt(LocalDateTime.of(2026, 10, 22, 10, 0));
        CalendarInvite utc = new CalendarInvite(london.uid(), 0, london.method(), london.start(), london.end(), ZoneOffset.UTC,
                london.summary(), london.description(), london.location(), london.onlineLink(), london.organizer(),
                london.attendees(), london.stamp());

        String ics = writer.write(utc);

        assertTrue(ics.contains("DTSTART:20261022T090000Z\r\n"), ics);
        assertFalse(ics.contains("VTIMEZONE"), ics);
    }

    @Test
    void a_request_states_uid_sequence_method_stamp_and_status() {
        CalendarInvite first = inviteAt(LocalDateTime.of(2026, 10, 29, 10, 0));
        CalendarInvite third = new CalendarInvite(first.uid(), 2, first.method(), first.start(), first.end(), first.zone(),
                first.summary(), first.description(), first.location(), first.onlineLink(), first.organizer(),
                first.attendees(), first.stamp());

        Calendar calendar = parse(writer.write(third));

        assertEquals("REQUEST", calendar.getProperty("METHOD").orElseThrow().getValue());
        VEvent event = event(calendar);
        assertEquals("taf-42@lp.council.example", value(event, "UID"));
        assertEquals("2", value(event, "SEQUENCE"));
        assertEquals("20261001T083015Z", value(event, "DTSTAMP"));
        assertEquals("CONFIRMED", value(event, "STATUS"));
        assertEquals("TAF meeting", value(event, "SUMMARY"));
        assertEquals("Northbridge Family Hub, Room 2", value(event, "LOCATION"));
        assertEquals("https://meet.example/taf-42", value(event, "URL"));
    }

    @Test
    void organiser_and_attendees_are_mailto_addresses_asked_to_reply() {
        VEvent event = event(parse(writer.write(inviteAt(LocalDateTime.of(2026, 10, 29, 10, 0)))));

        Property organiser = event.getProperty("ORGANIZER").orElseThrow();
        assertEquals("mailto:priya.shah@council.example", organiser.getValue());
        assertEquals("Priya Shah", organiser.getParameter("CN").orElseThrow().getValue());

        List<Attendee> attendees = event.getProperties("ATTENDEE");
        assertEquals(List.of("mailto:priya.shah@council.example", "mailto:tom.oneill@school.example", "mailto:sian@health.example"),
                attendees.stream().map(Attendee::getValue).toList());
        assertEquals(List.of("Priya Shah", "Tom O'Neill", "Siân Jones"),
                attendees.stream().map(a -> a.getParameter("CN").orElseThrow().getValue()).toList());
        assertEquals(List.of("CHAIR", "REQ-PARTICIPANT", "REQ-PARTICIPANT"),
                attendees.stream().map(a -> a.getParameter("ROLE").orElseThrow().getValue()).toList());
        for (Attendee attendee : attendees) {
            assertEquals("NEEDS-ACTION", attendee.getParameter("PARTSTAT").orElseThrow().getValue());
            assertEquals("TRUE", attendee.getParameter("RSVP").orElseThrow().getValue());
        }
    }

    @Test
    void a_cancellation_keeps_the_uid_raises_the_sequence_and_is_cancelled() {
        CalendarInvite invite = inviteAt(LocalDateTime.of(2026, 10, 29, 10, 0));
        Instant cancelledAt = Instant.parse("2026-10-20T14:00:00Z");

        String ics = writer.write(invite.cancelled(cancelledAt));

        assertTrue(ics.contains("\r\nMETHOD:CANCEL\r\n"), ics);
        assertTrue(ics.contains("\r\nSTATUS:CANCELLED\r\n"), ics);
        Calendar calendar = parse(ics);
        assertEquals("CANCEL", calendar.getProperty("METHOD").orElseThrow().getValue());
        VEvent event = event(calendar);
        assertEquals("CANCELLED", value(event, "STATUS"));
        assertEquals(invite.uid(), value(event, "UID"));
        assertEquals("1", value(event, "SEQUENCE"));
        assertEquals("20261020T140000Z", value(event, "DTSTAMP"));
    }

    @Test
    void commas_semicolons_backslashes_and_newlines_are_escaped_and_read_back_as_written() {
        String summary = "TAF: Smith, J; review";
        String description = "Agenda:\n1. Progress, so far; next steps\n2. C:\\plans\\family.docx\r\nThanks";
        String location = "Room 2; Town Hall, High St";
        CalendarInvite invite = withText(inviteAt(LocalDateTime.of(2026, 10, 29, 10, 0)), summary, description, location);

        String ics = writer.write(invite);

        assertTrue(ics.contains("SUMMARY:TAF: Smith\\, J\\; review\r\n"), ics);
        assertTrue(ics.contains("LOCATION:Room 2\\; Town Hall\\, High St\r\n"), ics);
        assertTrue(ics.replace("\r\n ", "").contains("DESCRIPTION:Agenda:\\n1. Progress\\, so far\\; next steps\\n2. C:\\\\plans"), ics);
        VEvent event = event(parse(ics));
        assertEquals(summary, value(event, "SUMMARY"));
        assertEquals(location, value(event, "LOCATION"));
        assertEquals(description.replace("\r\n", "\n"), value(event, "DESCRIPTION"));
    }

    @Test
    void lines_end_in_crlf_and_long_lines_are_folded_to_75_octets() {
        String description = "Notes for Siân and Zoë: ".repeat(20);
        String ics = writer.write(withText(inviteAt(LocalDateTime.of(2026, 10, 29, 10, 0)), "TAF meeting", description, null));

        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"), ics);
        assertFalse(ics.replace("\r\n", "").contains("\n"), "no bare line feeds");
        String[] lines = ics.split("\r\n");
        for (String line : lines) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "too long: " + line);
        }
        for (int i = 0; i < lines.length - 1; i++) {
            if (lines[i + 1].startsWith(" ")) {
                assertTrue(lines[i].getBytes(StandardCharsets.UTF_8).length >= 72, "folded no earlier than needed: " + lines[i]);
            }
        }
        VEvent event = event(parse(ics));
        assertEquals(description.strip(), value(event, "DESCRIPTION").strip());
        assertTrue(event.getProperty("LOCATION").isEmpty(), "no LOCATION when there is no venue");
    }

    @Test
    void a_name_cannot_break_out_of_its_parameter() {
        List<CalendarInvite.Attendee> attendees = List.of(
                new CalendarInvite.Attendee("Eve \"x\";ROLE=CHAIR\r\nATTENDEE:mailto:evil@x.example", "eve@x.example",
                        CalendarInvite.Role.REQUIRED));
        CalendarInvite base = inviteAt(LocalDateTime.of(2026, 10, 29, 10, 0));
        CalendarInvite invite = new CalendarInvite(base.uid(), 0, base.method(), base.start(), base.end(), base.zone(),
                base.summary(), base.description(), base.location(), base.onlineLink(), base.organizer(), attendees,
                base.stamp());

        VEvent event = event(parse(writer.write(invite)));

        List<Attendee> parsed = event.getProperties("ATTENDEE");
        assertEquals(1, parsed.size(), "still one attendee");
        assertEquals("mailto:eve@x.example", parsed.get(0).getValue());
        assertEquals("REQ-PARTICIPANT", parsed.get(0).getParameter("ROLE").orElseThrow().getValue());
    }
}
