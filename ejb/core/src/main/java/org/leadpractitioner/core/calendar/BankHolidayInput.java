package org.leadpractitioner.core.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What an administrator enters for a bank holiday: its date (a weekday) and its name. */
public record BankHolidayInput(
        @NotNull(message = "Enter the date of the bank holiday, for example 2026-12-28") LocalDate date,
        @NotBlank(message = "Enter the name of the bank holiday, for example Boxing Day (substitute day)")
        @Size(max = 100, message = "Keep the name to 100 characters or fewer") String name) {
}
