package org.leadpractitioner.core.calendar;

/**
 * The first and last years with a bank holiday recorded, both {@code null} when there is none. Working days after
 * the last year are counted as if it had no holidays, so the administrator adds each year's when it is published.
 */
public record RecordedYears(Integer first, Integer last) {

    public Integer getFirst() {
        return first;
    }

    public Integer getLast() {
        return last;
    }

    public boolean isEmpty() {
        return first == null;
    }
}
