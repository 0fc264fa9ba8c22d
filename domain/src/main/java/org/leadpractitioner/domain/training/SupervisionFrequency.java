package org.leadpractitioner.domain.training;

import java.time.LocalDate;
import org.leadpractitioner.domain.RuleViolation;

/**
 * How often supervision is due: every {@code amount} {@code unit}s. "Monthly" is one calendar month, so a session on
 * 31 January makes the next due on 28 (or 29) February; "fortnightly" is two weeks, exactly 14 days.
 *
 * @param amount 1 to {@link FrequencyUnit#maxAmount()}
 */
public record SupervisionFrequency(int amount, FrequencyUnit unit) {

    /** One calendar month: the usual policy. */
    public static final SupervisionFrequency MONTHLY = new SupervisionFrequency(1, FrequencyUnit.MONTHS);
    /** Two weeks: the usual policy for newly qualified social workers. */
    public static final SupervisionFrequency FORTNIGHTLY = new SupervisionFrequency(2, FrequencyUnit.WEEKS);

    /** Refuses a missing unit or an amount out of range, naming the API fields {@code frequencyUnit} and {@code frequencyAmount}. */
    public SupervisionFrequency {
        if (unit == null) {
            throw new RuleViolation("supervision-policy.frequency-unit-required", "frequencyUnit",
                    "Choose whether supervision is due every so many weeks or every so many months.");
        }
        if (amount < 1 || amount > unit.maxAmount()) {
            throw new RuleViolation("supervision-policy.frequency-out-of-range", "frequencyAmount",
                    "Supervision can be due every 1 to " + unit.maxAmount() + " " + unit.singular() + "s (you entered "
                            + amount + "). Enter a number in that range.");
        }
    }

    /** The date one period after {@code date}. */
    public LocalDate after(LocalDate date) {
        return unit == FrequencyUnit.WEEKS ? date.plusWeeks(amount) : date.plusMonths(amount);
    }

    /** In words: "weekly", "fortnightly", "monthly", or "every 6 weeks", "every 3 months". */
    public String label() {
        if (amount == 1) {
            return unit == FrequencyUnit.WEEKS ? "weekly" : "monthly";
        }
        if (amount == 2 && unit == FrequencyUnit.WEEKS) {
            return "fortnightly";
        }
        return "every " + amount + " " + unit.singular() + "s";
    }
}
