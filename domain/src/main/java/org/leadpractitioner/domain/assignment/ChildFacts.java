package org.leadpractitioner.domain.assignment;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.leadpractitioner.domain.core.Child;
import org.leadpractitioner.domain.core.CircumstanceType;
import org.leadpractitioner.domain.core.NeedLevel;
import org.leadpractitioner.domain.core.SenStatus;

/**
 * What the rules need to know about a child on a given day: the statutory circumstances in force, special
 * educational needs, school year, and whether the case sits at a statutory level of need.
 */
public record ChildFacts(long childId, String name, LocalDate dateOfBirth, SenStatus senStatus,
        List<CircumstanceFacts> circumstances, boolean statutoryLevel, String levelLabel, LocalDate on) {

    public ChildFacts {
        circumstances = List.copyOf(circumstances);
    }

    /** The facts of {@code child} on {@code on}, on a case at {@code level}. */
    public static ChildFacts of(Child child, NeedLevel level, LocalDate on) {
        return new ChildFacts(child.getId(), child.displayName(), child.getDateOfBirth(), child.getSenStatus(),
                child.activeCircumstancesOn(on).stream().map(CircumstanceFacts::of).toList(),
                level != null && level.isStatutory(), level == null ? null : level.getLabel(), on);
    }

    public boolean has(CircumstanceType type) {
        return circumstances.stream().anyMatch(c -> c.type() == type);
    }

    public Optional<CircumstanceFacts> circumstance(CircumstanceType type) {
        return circumstances.stream().filter(c -> c.type() == type).findFirst();
    }

    /**
     * The child's school year in England on {@link #on} (Reception is 0): children start Year 1 in the
     * September after they turn five, so the year follows the age on the 31 August before.
     */
    public int schoolYear() {
        LocalDate lastAugust = on.withMonth(8).withDayOfMonth(31);
        if (MonthDay.from(on).isBefore(MonthDay.of(9, 1))) {
            lastAugust = lastAugust.minusYears(1);
        }
        int ageThen = dateOfBirth.isAfter(lastAugust) ? -1
                : java.time.Period.between(dateOfBirth, lastAugust).getYears();
        return ageThen - 4;
    }
}
