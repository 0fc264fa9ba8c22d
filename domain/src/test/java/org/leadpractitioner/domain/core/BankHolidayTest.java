package org.leadpractitioner.domain.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.core.Fixtures.assertViolation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.leadpractitioner.domain.RuleViolation;

class BankHolidayTest {

    private static final LocalDate BOXING_DAY_SUBSTITUTE = LocalDate.of(2026, 12, 28);

    @Test
    void aHolidayHasADateAndATrimmedBoundedName() {
        BankHoliday h = new BankHoliday(BOXING_DAY_SUBSTITUTE, "  Boxing Day (substitute day) ");
        assertEquals(BOXING_DAY_SUBSTITUTE, h.getDate());
        assertEquals("Boxing Day (substitute day)", h.getName());
        assertEquals("Monday 28 December 2026", h.describeDay());

        assertViolation("bank-holiday.date-required", "date", () -> new BankHoliday(null, "Boxing Day"));
        assertViolation("bank-holiday.name-required", "name", () -> new BankHoliday(BOXING_DAY_SUBSTITUTE, " "));
        assertViolation("bank-holiday.name-required", "name", () -> new BankHoliday(BOXING_DAY_SUBSTITUTE, null));
        assertViolation("bank-holiday.name-too-long", "name", () -> new BankHoliday(BOXING_DAY_SUBSTITUTE, "x".repeat(101)));
        assertEquals(100, new BankHoliday(BOXING_DAY_SUBSTITUTE, "x".repeat(100)).getName().length());
    }

    @Test
    void aDateAtTheWeekendIsRefusedWithItsSubstituteSuggested() {
        RuleViolation saturday = assertViolation("bank-holiday.weekend", "date",
                () -> new BankHoliday(LocalDate.of(2026, 12, 26), "Boxing Day"));
        assertTrue(saturday.getMessage().contains("Saturday 26 December 2026"), saturday.getMessage());
        assertTrue(saturday.getMessage().contains("Monday 28 December 2026"), saturday.getMessage());
        RuleViolation sunday = assertViolation("bank-holiday.weekend", "date",
                () -> new BankHoliday(LocalDate.of(2028, 1, 2), "New Year"));
        assertTrue(sunday.getMessage().contains("Monday 3 January 2028"), sunday.getMessage());
    }

    @Test
    void aMistypedYearIsRefused() {
        assertViolation("bank-holiday.date-out-of-range", "date", () -> new BankHoliday(LocalDate.of(26, 12, 28), "Boxing Day"));
        assertViolation("bank-holiday.date-out-of-range", "date", () -> new BankHoliday(LocalDate.of(3026, 12, 28), "Boxing Day"));
        assertDoesNotThrow(() -> new BankHoliday(LocalDate.of(2999, 12, 27), "Christmas Day (substitute day)"));
    }

    @Test
    void renamingAndMovingCheckAsCreatingDoes() {
        BankHoliday h = new BankHoliday(LocalDate.of(2027, 12, 27), "Christmas Day");
        h.rename(" Christmas Day (substitute day) ");
        assertEquals("Christmas Day (substitute day)", h.getName());
        assertViolation("bank-holiday.name-required", "name", () -> h.rename(""));
        h.moveTo(LocalDate.of(2027, 12, 28));
        assertEquals(LocalDate.of(2027, 12, 28), h.getDate());
        assertViolation("bank-holiday.weekend", "date", () -> h.moveTo(LocalDate.of(2027, 12, 25)));
        assertEquals(LocalDate.of(2027, 12, 28), h.getDate(), "a refused move leaves the date as it was");
        assertEquals("Christmas Day (substitute day)", h.getName());
    }

    @Test
    void oneHolidayPerDateIsAConflict() {
        BankHoliday existing = new BankHoliday(BOXING_DAY_SUBSTITUTE, "Boxing Day (substitute day)");
        BankHoliday another = new BankHoliday(LocalDate.of(2026, 12, 29), "Extra day");
        assertDoesNotThrow(() -> BankHoliday.requireDateFree(BOXING_DAY_SUBSTITUTE, null, null), "nothing on that date");
        assertDoesNotThrow(() -> BankHoliday.requireDateFree(BOXING_DAY_SUBSTITUTE, existing, existing), "itself, unmoved");
        RuleViolation taken = assertViolation("bank-holiday.date-taken.conflict", "date",
                () -> BankHoliday.requireDateFree(BOXING_DAY_SUBSTITUTE, existing, null));
        assertTrue(taken.getMessage().contains("Monday 28 December 2026 (Boxing Day (substitute day))"), taken.getMessage());
        assertViolation("bank-holiday.date-taken.conflict", "date",
                () -> BankHoliday.requireDateFree(BOXING_DAY_SUBSTITUTE, existing, another));
    }

    /**
     * The migration's holidays are those the rules of England and Wales give, worked out here independently: New
     * Year's Day, Good Friday and Easter Monday, the first and last Mondays of May, the last Monday of August,
     * Christmas and Boxing Day, each moved to the next free weekday when it falls at a weekend.
     */
    @Test
    void theMigrationSeedsTheHolidaysOf2025To2028() throws IOException {
        String sql;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("db/migration/common/V10__bank_holidays.sql")) {
            assertNotNull(in, "V10__bank_holidays.sql");
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<LocalDate, String> seeded = new LinkedHashMap<>();
        Matcher insert = Pattern.compile("VALUES \\(nextval\\('lp_seq'\\), 0, DATE '([0-9-]{10})', '((?:[^']|'')+)'\\);")
                .matcher(sql);
        while (insert.find()) {
            seeded.put(LocalDate.parse(insert.group(1)), insert.group(2).replace("''", "'"));
        }
        List<LocalDate> expected = new ArrayList<>();
        for (int year = 2025; year <= 2028; year++) {
            expected.addAll(rulesFor(year));
        }
        assertEquals(expected, List.copyOf(seeded.keySet()));
        assertEquals("Boxing Day (substitute day)", seeded.get(BOXING_DAY_SUBSTITUTE));
        assertEquals("New Year's Day (substitute day)", seeded.get(LocalDate.of(2028, 1, 3)));
        // every seeded row is one the entity itself would accept
        seeded.forEach((on, name) -> assertDoesNotThrow(() -> new BankHoliday(on, name), on + " " + name));
    }

    private static List<LocalDate> rulesFor(int year) {
        LocalDate easter = easterSunday(year);
        LocalDate christmas = LocalDate.of(year, 12, 25);
        LocalDate boxingDay = LocalDate.of(year, 12, 26);
        LocalDate christmasTaken = christmas;
        if (christmas.getDayOfWeek() == DayOfWeek.SATURDAY || christmas.getDayOfWeek() == DayOfWeek.SUNDAY) {
            christmasTaken = christmas.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        }
        LocalDate boxingTaken = boxingDay;
        while (boxingTaken.getDayOfWeek().getValue() > 5 || !boxingTaken.isAfter(christmasTaken)) {
            boxingTaken = boxingTaken.plusDays(1);
        }
        List<LocalDate> days = new ArrayList<>();
        days.add(LocalDate.of(year, 1, 1).getDayOfWeek().getValue() > 5
                ? LocalDate.of(year, 1, 1).with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : LocalDate.of(year, 1, 1));
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(christmasTaken);
        days.add(boxingTaken);
        return days;
    }

    /** The Gregorian Easter Sunday (the anonymous algorithm of Meeus, Jones and Butcher). */
    private static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
