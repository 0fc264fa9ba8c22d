package org.leadpractitioner.core.calendar;

import java.time.LocalDate;
import org.leadpractitioner.domain.core.BankHoliday;

/** A bank holiday as the API and the pages show it. */
public record BankHolidayView(long id, long version, LocalDate date, String name) {

    public static BankHolidayView of(BankHoliday h) {
        return new BankHolidayView(h.getId(), h.getVersion(), h.getDate(), h.getName());
    }

    // EL in Jakarta EE 10 does not read record components as properties

    public long getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getName() {
        return name;
    }

    /** "Monday 28 December 2026". */
    public String getDay() {
        return BankHoliday.describe(date);
    }
}
