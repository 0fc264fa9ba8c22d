package org.leadpractitioner.domain.training;

/** The unit of a supervision frequency: weeks (exact, 7 days each) or calendar months. */
public enum FrequencyUnit {
    /** Every n weeks: n × 7 days later. */
    WEEKS("week", 26),
    /** Every n calendar months: the same day of the month, or the month's last day when it is shorter. */
    MONTHS("month", 12);

    private final String singular;
    private final int maxAmount;

    FrequencyUnit(String singular, int maxAmount) {
        this.singular = singular;
        this.maxAmount = maxAmount;
    }

    /** "week" or "month". */
    public String singular() {
        return singular;
    }

    /** The largest amount a policy may set in this unit (half a year of weeks, a year of months). */
    public int maxAmount() {
        return maxAmount;
    }
}
