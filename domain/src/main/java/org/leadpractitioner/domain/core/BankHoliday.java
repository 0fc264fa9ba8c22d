package org.leadpractitioner.domain.core;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.RuleViolation;

/**
 * A bank holiday in England and Wales: a weekday that is not a working day (see {@link WorkingDays}). The
 * migration seeds the published ones; the authority's administrator adds those announced later (the next
 * year's, a one-off holiday) and corrects mistakes. One holiday per date. When a holiday falls at a weekend,
 * the holiday that counts is the substitute weekday (e.g. Boxing Day 2026, a Saturday, is taken on Monday
 * 28 December), so a date on a Saturday or Sunday is refused: it would change no deadline.
 */
@Entity
@Table(name = "bank_holiday")
@NamedQueries({
    @NamedQuery(name = BankHoliday.FIND_BETWEEN,
            query = "SELECT b FROM BankHoliday b WHERE b.holidayOn BETWEEN :from AND :to ORDER BY b.holidayOn"),
    @NamedQuery(name = BankHoliday.DATES_BETWEEN,
            query = "SELECT b.holidayOn FROM BankHoliday b WHERE b.holidayOn BETWEEN :from AND :to ORDER BY b.holidayOn"),
    @NamedQuery(name = BankHoliday.COUNT_BETWEEN,
            query = "SELECT COUNT(b) FROM BankHoliday b WHERE b.holidayOn BETWEEN :from AND :to"),
    @NamedQuery(name = BankHoliday.FIND_BY_DATE,
            query = "SELECT b FROM BankHoliday b WHERE b.holidayOn = :on"),
    @NamedQuery(name = BankHoliday.FIRST_AND_LAST,
            query = "SELECT MIN(b.holidayOn), MAX(b.holidayOn) FROM BankHoliday b")
})
public class BankHoliday extends BaseEntity {

    /** Parameters {@code from} and {@code to} (inclusive); by date. Page it, or bound the range (a year has about 8). */
    public static final String FIND_BETWEEN = "BankHoliday.findBetween";
    /** As {@link #FIND_BETWEEN}, the dates only (for {@link WorkingDays}). */
    public static final String DATES_BETWEEN = "BankHoliday.datesBetween";
    /** Parameters {@code from} and {@code to} (inclusive). */
    public static final String COUNT_BETWEEN = "BankHoliday.countBetween";
    /** Parameter {@code on}: the holiday on that date, if any (there is at most one). */
    public static final String FIND_BY_DATE = "BankHoliday.findByDate";
    /** The first and the last date recorded (an {@code Object[]} of two dates, both null when there is none). */
    public static final String FIRST_AND_LAST = "BankHoliday.firstAndLast";

    public static final int NAME_MAX = 100;
    /** The years a holiday may be in: wide enough for any plan, narrow enough to catch a mistyped year (0026). */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    @NotNull
    @Column(name = "holiday_on", nullable = false)
    private LocalDate holidayOn;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    protected BankHoliday() {
    }

    /** A holiday on {@code on} (a weekday), called {@code name}, e.g. "Boxing Day (substitute day)". */
    public BankHoliday(LocalDate on, String name) {
        this.holidayOn = checkDate(on);
        this.name = checkName(name);
    }

    public void rename(String newName) {
        this.name = checkName(newName);
    }

    /** Corrects the date (the caller has checked with {@link #requireDateFree} that no other holiday is on it). */
    public void moveTo(LocalDate newDate) {
        this.holidayOn = checkDate(newDate);
    }

    /**
     * The rule "one holiday per date", for the service to call with what {@link #FIND_BY_DATE} found on
     * {@code on}: refused (409) when that is another holiday than {@code self} ({@code null} for a new one).
     */
    public static void requireDateFree(LocalDate on, BankHoliday found, BankHoliday self) {
        if (found != null && !found.equals(self)) {
            throw new RuleViolation("bank-holiday.date-taken.conflict", "date", "There is already a bank holiday on "
                    + found.describeDay() + " (" + found.getName() + "). Choose another date, or change that holiday instead.");
        }
    }

    /** "Monday 28 December 2026". */
    public String describeDay() {
        return describe(holidayOn);
    }

    /** A date as the holiday pages and messages write it: "Monday 28 December 2026". */
    public static String describe(LocalDate day) {
        return day == null ? "an unknown date" : DAY.format(day);
    }

    private static LocalDate checkDate(LocalDate on) {
        Checks.present(on, "bank-holiday.date-required", "date", "Enter the date of the bank holiday.");
        if (on.getYear() < FIRST_YEAR || on.getYear() > LAST_YEAR) {
            throw new RuleViolation("bank-holiday.date-out-of-range", "date", "Enter a date in the years " + FIRST_YEAR
                    + " to " + LAST_YEAR + ", with the year in full (for example 28/12/2026).");
        }
        DayOfWeek day = on.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            LocalDate monday = on.plusDays(day == DayOfWeek.SATURDAY ? 2 : 1);
            throw new RuleViolation("bank-holiday.weekend", "date", describe(on) + " is at the weekend, so a holiday"
                    + " then changes no working day. When a bank holiday falls at the weekend, enter its substitute day"
                    + " instead (usually the Monday after, " + describe(monday) + ", or the Tuesday when Christmas Day"
                    + " already takes the Monday).");
        }
        return on;
    }

    private static String checkName(String name) {
        return Checks.required(name, NAME_MAX, "bank-holiday.name", "name", "the name of the bank holiday");
    }

    /** The date of the holiday. */
    public LocalDate getDate() {
        return holidayOn;
    }

    public String getName() {
        return name;
    }
}
