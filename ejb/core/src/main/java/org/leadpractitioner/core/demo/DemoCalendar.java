package org.leadpractitioner.core.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Dates of the demo data, relative to "today", so that the data looks current whenever it is loaded:
 * casework happens on working days (Monday to Friday; bank holidays are ignored, this is only demo data)
 * and ages stay what the story says (a baby of seven weeks, a young person of 17...). Pure functions of
 * the date it is built with.
 */
final class DemoCalendar {

    private final LocalDate today;
    private final ZoneId zone;

    DemoCalendar(LocalDate today, ZoneId zone) {
        this.today = Objects.requireNonNull(today, "today");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    LocalDate today() {
        return today;
    }

    /** The {@code n}th working day before today (n &ge; 1: always in the past, never a weekend). */
    LocalDate workingDaysAgo(int n) {
        return workingDaysBefore(today, n);
    }

    /** The last working day on or before the day {@code n} weeks ago. */
    LocalDate weeksAgo(int n) {
        return workingDayOnOrBefore(today.minusWeeks(n));
    }

    /** The last working day on or before the day {@code n} months ago. */
    LocalDate monthsAgo(int n) {
        return workingDayOnOrBefore(today.minusMonths(n));
    }

    /**
     * A date of birth that makes a child {@code years} years and {@code months} months old today (and a few
     * days, so that nobody has a birthday on the day the data is loaded).
     */
    LocalDate bornAged(int years, int months) {
        if (years < 0 || months < 0 || months > 11) {
            throw new IllegalArgumentException("An age is whole years and 0-11 months");
        }
        return today.minusYears(years).minusMonths(months).minusDays(3);
    }

    /** A date of birth {@code weeks} weeks ago (a baby). */
    LocalDate bornWeeksAgo(int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("A baby in the demo data is at least a week old");
        }
        return today.minusWeeks(weeks);
    }

    /**
     * The day of a meeting that follows {@code start} by {@code workingDays} working days, if it has
     * happened by yesterday; otherwise {@code start} itself (the meeting is still to come).
     */
    LocalDate meetingAfter(LocalDate start, int workingDays) {
        LocalDate meeting = workingDaysAfter(start, workingDays);
        return meeting.isBefore(today) ? meeting : start;
    }

    /** Half past nine in the morning of {@code date}, local time, as an instant (when a record was made). */
    Instant morningOf(LocalDate date) {
        return date.atTime(LocalTime.of(9, 30)).atZone(zone).toInstant();
    }

    static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    static LocalDate workingDayOnOrBefore(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** The {@code n}th working day before {@code date} ({@code date} itself when n is 0). */
    static LocalDate workingDaysBefore(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Count working days back with n >= 0");
        }
        LocalDate d = date;
        for (int left = n; left > 0; left--) {
            d = workingDayOnOrBefore(d.minusDays(1));
        }
        return d;
    }

    /** The {@code n}th working day after {@code date} ({@code date} itself when n is 0). */
    static LocalDate workingDaysAfter(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Count working days forward with n >= 0");
        }
        LocalDate d = date;
        for (int left = n; left > 0; left--) {
            d = d.plusDays(1);
            while (!isWorkingDay(d)) {
                d = d.plusDays(1);
            }
        }
        return d;
    }
}
