package org.leadpractitioner.meetings.invite;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes a {@link CalendarInvite} as iCalendar text (RFC 5545, with the iTIP method of RFC 5546) using ical4j.
 *
 * <p>Times are written as local times with {@code TZID=<zone>} and the calendar carries a {@code VTIMEZONE} for that
 * zone, built from the JVM's own time zone rules (the rules that turned the local time into the instant): its
 * standard and daylight observances repeat yearly ({@code RRULE}), the compact form Outlook and Google write
 * themselves. Nothing is loaded from ical4j's time zone registry, so nothing is fetched over the network.
 *
 * <p>A pure class: no container, no state; safe to share.
 */
public final class IcsWriter {

    /** Who wrote the calendar (PRODID). */
    public static final String PRODUCT_ID = "-//Lead Practitioner//TAF meetings//EN";

    /** The media type of the text, without the method parameter. */
    public static final String MEDIA_TYPE = "text/calendar";

    /** The iCalendar text of {@code invite}: CRLF line ends, lines folded at 75 octets of UTF-8. */
    public String write(CalendarInvite invite) {
        Calendar calendar = calendar(invite);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("ical4j refused the calendar", e);
        }
        // ical4j folds at 75 characters; RFC 5545 3.1 says 75 octets, which a line with accents exceeds: refold
        return fold(unfold(out.toString()));
    }

    /** Joins folded lines (a line break followed by a space or a tab, RFC 5545 3.1). */
    static String unfold(String folded) {
        return folded.replace("\r\n ", "").replace("\r\n\t", "");
    }

    /**
     * Folds every content line longer than 75 octets (UTF-8) into lines of at most 75 octets, each continuation
     * starting with a space (RFC 5545 3.1), never inside a character.
     */
    static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 50 * 3);
        for (String line : unfolded.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > 75) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    /** The ical4j model of {@code invite} (what {@link #write} serialises). */
    Calendar calendar(CalendarInvite invite) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(invite.method().name()));

        // a fixed offset is no time zone a calendar could name: such times are written in UTC
        boolean utc = invite.zone().normalized() instanceof ZoneOffset;
        if (!utc) {
            calendar.add(timeZone(invite.zone(), invite.start(), invite.end()));
        }
        calendar.add(event(invite, utc));
        return calendar;
    }

    private static VEvent event(CalendarInvite invite, boolean utc) {
        VEvent event = new VEvent(false);
        event.add(new Uid(invite.uid()));
        event.add(new Sequence(invite.sequence()));
        event.add(new DtStamp(invite.stamp().truncatedTo(ChronoUnit.SECONDS)));
        event.add(new DtStart<>(when(invite.start(), invite.zone(), utc)));
        event.add(new DtEnd<>(when(invite.end(), invite.zone(), utc)));
        event.add(new Summary(oneLine(invite.summary())));
        if (!invite.description().isEmpty()) {
            event.add(new Description(invite.description()));
        }
        if (invite.location() != null) {
            event.add(new Location(invite.location()));
        }
        URI link = invite.onlineLink();
        if (link != null) {
            event.add(new Url(link));
        }
        event.add(new Status(invite.method() == CalendarInvite.Method.CANCEL ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        event.add(new Transp(Transp.VALUE_OPAQUE));
        event.add(new Organizer(new ParameterList(List.of(new Cn(paramText(invite.organizer().name())))),
                mailto(invite.organizer().email())));
        for (CalendarInvite.Attendee attendee : invite.attendees()) {
            List<Parameter> params = new ArrayList<>();
            params.add(new Cn(paramText(attendee.name())));
            params.add(CuType.INDIVIDUAL);
            params.add(attendee.role() == CalendarInvite.Role.CHAIR ? Role.CHAIR : Role.REQ_PARTICIPANT);
            params.add(PartStat.NEEDS_ACTION);
            params.add(new Rsvp(true));
            event.add(new Attendee(new ParameterList(params), mailto(attendee.email())));
        }
        return event;
    }

    private static Temporal when(Instant instant, ZoneId zone, boolean utc) {
        Instant seconds = instant.truncatedTo(ChronoUnit.SECONDS);
        return utc ? seconds : seconds.atZone(zone);
    }

    private static URI mailto(String email) {
        // CalendarInvite admits plain addresses only, so the address needs no escaping here
        return URI.create("mailto:" + email);
    }

    /** Parameter values (CN) cannot hold line breaks or double quotes (RFC 5545 3.2). */
    private static String paramText(String text) {
        return oneLine(text).replace('"', '\'');
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}]+", " ").strip();
    }

    /**
     * A VTIMEZONE for {@code zone} from the JVM's rules. Where the zone's yearly rules are already in force at
     * {@code from}, each rule becomes one observance with an RRULE (Europe/London: BST from the last Sunday of March,
     * GMT from the last Sunday of October). Otherwise (a zone without daylight saving, or rules that RRULE cannot
     * state), the observances are the actual transitions around the meeting.
     */
    static VTimeZone timeZone(ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        List<Observance> observances = new ArrayList<>();
        List<ZoneOffsetTransition> fixed = rules.getTransitions();
        Instant lastFixed = fixed.isEmpty() ? Instant.MIN : fixed.get(fixed.size() - 1).getInstant();
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (!yearly.isEmpty() && from.isAfter(lastFixed)) {
            int firstYear = fixed.isEmpty() ? 1970 : lastFixed.atOffset(ZoneOffset.UTC).getYear() + 1;
            for (ZoneOffsetTransitionRule rule : yearly) {
                String recur = recurrence(rule);
                if (recur == null) {
                    observances.clear();
                    break;
                }
                ZoneOffsetTransition first = rule.createTransition(firstYear);
                Observance observance = observance(first.getOffsetBefore(), first.getOffsetAfter(),
                        rule.getStandardOffset(), first.getDateTimeBefore());
                observance.add(new RRule<>(recur));
                observances.add(observance);
            }
        }
        if (observances.isEmpty()) {
            observances.addAll(transitionsAround(rules, from, to));
        }
        VTimeZone timeZone = new VTimeZone();
        timeZone.add(new TzId(zone.getId()));
        observances.forEach(timeZone::add);
        return timeZone;
    }

    /** The observance in force at {@code from} and every change up to {@code to}, as single dates. */
    private static List<Observance> transitionsAround(ZoneRules rules, Instant from, Instant to) {
        List<Observance> observances = new ArrayList<>();
        ZoneOffsetTransition before = rules.previousTransition(from.plusSeconds(1));
        if (before == null) {
            ZoneOffset offset = rules.getOffset(from);
            observances.add(observance(offset, offset, rules.getStandardOffset(from), LocalDateTime.of(1970, 1, 1, 0, 0)));
        } else {
            observances.add(observance(rules, before));
        }
        for (ZoneOffsetTransition next = rules.nextTransition(from);
                next != null && !next.getInstant().isAfter(to);
                next = rules.nextTransition(next.getInstant())) {
            observances.add(observance(rules, next));
        }
        return observances;
    }

    private static Observance observance(ZoneRules rules, ZoneOffsetTransition transition) {
        return observance(transition.getOffsetBefore(), transition.getOffsetAfter(),
                rules.getStandardOffset(transition.getInstant()), transition.getDateTimeBefore());
    }

    /** DAYLIGHT where the offset after the change is not the standard one, STANDARD otherwise. */
    private static Observance observance(ZoneOffset before, ZoneOffset after, ZoneOffset standard, LocalDateTime onset) {
        Observance observance = after.equals(standard) ? new Standard() : new Daylight();
        // DTSTART of an observance is the local time of the change, in the offset before it (RFC 5545 3.6.5)
        observance.add(new DtStart<>(onset));
        observance.add(new TzOffsetFrom(before));
        observance.add(new TzOffsetTo(after));
        return observance;
    }

    /** The RRULE of a yearly rule, or null where an RRULE cannot say it simply. */
    static String recurrence(ZoneOffsetTransitionRule rule) {
        if (rule.isMidnightEndOfDay()) {
            return null;
        }
        int month = rule.getMonth().getValue();
        int day = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return "FREQ=YEARLY;BYMONTH=" + month + ";BYMONTHDAY=" + day;
        }
        String weekday = rule.getDayOfWeek().name().substring(0, 2);
        int shortest = rule.getMonth().minLength();
        if (day > 0) {
            // the first <weekday> on or after <day>
            if ((day - 1) % 7 == 0 && day + 6 <= shortest) {
                return "FREQ=YEARLY;BYMONTH=" + month + ";BYDAY=" + ((day - 1) / 7 + 1) + weekday;
            }
            if (day + 6 == rule.getMonth().maxLength() && shortest == rule.getMonth().maxLength()) {
                return "FREQ=YEARLY;BYMONTH=" + month + ";BYDAY=-1" + weekday;
            }
            if (day + 6 <= shortest) {
                return "FREQ=YEARLY;BYMONTH=" + month + ";BYMONTHDAY=" + days(day, 1) + ";BYDAY=" + weekday;
            }
            return null;
        }
        // day < 0: the last <weekday> on or before the (-day)th last day of the month
        int fromEnd = -day;
        if ((fromEnd - 1) % 7 == 0) {
            return "FREQ=YEARLY;BYMONTH=" + month + ";BYDAY=-" + ((fromEnd - 1) / 7 + 1) + weekday;
        }
        return "FREQ=YEARLY;BYMONTH=" + month + ";BYMONTHDAY=" + days(day, -1) + ";BYDAY=" + weekday;
    }

    private static String days(int first, int step) {
        StringBuilder days = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            if (i > 0) {
                days.append(',');
            }
            days.append(first + i * step);
        }
        return days.toString();
    }
}
