package org.leadpractitioner.domain.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leadpractitioner.domain.core.Checks;

/**
 * What one practitioner lacks, on a given day, to hold the lead practitioner role, and what else is outstanding: a
 * plain computation over what the service has loaded (no database, no clock).
 *
 * <p>For every active course that is {@linkplain Course#isMandatoryForLead() mandatory for the lead role}: no
 * completion on or before the day is a {@link Kind#NEVER_COMPLETED} gap; a latest completion whose expiry date has
 * come (the expiry day itself included) is {@link Kind#EXPIRED}; one expiring within the warning period (the last
 * day of the period included) is {@link Kind#EXPIRING_SOON}, a warning only. Bookings and cancelled bookings never
 * count as done; a booking to come is shown on the gap. Every open {@link TrainingNeed} is listed as
 * {@link Kind#OPEN_NEED}, which does not stand in the way of the lead role.
 *
 * <p>The records and needs passed in must be the practitioner's own (e.g. {@value TrainingRecord#FIND_BY_PRACTITIONER},
 * {@value TrainingNeed#FIND_OPEN_BY_PRACTITIONER}); courses that are not mandatory or not active are ignored, so the
 * whole catalogue may be passed as well as {@value Course#FIND_MANDATORY_FOR_LEAD}.
 */
public final class TrainingGaps {

    /** Warn about a mandatory course this many days before it expires, unless the caller says otherwise. */
    public static final int DEFAULT_WARNING_DAYS = 60;

    /** The kinds of gap, the first two standing in the way of the lead role. */
    public enum Kind {
        NEVER_COMPLETED("Not completed", true),
        EXPIRED("Expired", true),
        EXPIRING_SOON("Expiring soon", false),
        OPEN_NEED("Open training need", false);

        private final String label;
        private final boolean blocksLeadRole;

        Kind(String label, boolean blocksLeadRole) {
            this.label = label;
            this.blocksLeadRole = blocksLeadRole;
        }

        public String label() {
            return label;
        }

        /** Whether a gap of this kind means the practitioner is not trained for the lead role. */
        public boolean blocksLeadRole() {
            return blocksLeadRole;
        }
    }

    /**
     * One gap.
     *
     * @param course    the mandatory course, or the course an open need names ({@code null} if none)
     * @param need      the open need ({@link Kind#OPEN_NEED} only)
     * @param date      the expiry date ({@link Kind#EXPIRED}, {@link Kind#EXPIRING_SOON}), the date the need was
     *                  raised ({@link Kind#OPEN_NEED}), or {@code null} ({@link Kind#NEVER_COMPLETED})
     * @param bookedFor the earliest booking of the course from the day on, or {@code null}
     * @param message   a sentence for the practitioner and their supervisor
     */
    public record Gap(Kind kind, Course course, TrainingNeed need, LocalDate date, LocalDate bookedFor, String message) {

        public boolean blocksLeadRole() {
            return kind.blocksLeadRole();
        }
    }

    private final LocalDate on;
    private final List<Gap> gaps;

    private TrainingGaps(LocalDate on, List<Gap> gaps) {
        this.on = on;
        this.gaps = List.copyOf(gaps);
    }

    /** As {@link #compute(Collection, Collection, Collection, LocalDate, int)} with {@value #DEFAULT_WARNING_DAYS} days' warning. */
    public static TrainingGaps compute(Collection<Course> courses, Collection<TrainingRecord> records,
            Collection<TrainingNeed> needs, LocalDate on) {
        return compute(courses, records, needs, on, DEFAULT_WARNING_DAYS);
    }

    /**
     * Computes the gaps on {@code on}.
     *
     * @param courses     the mandatory courses (others are ignored)
     * @param records     the practitioner's training records (any status)
     * @param needs       the practitioner's needs (only open ones are listed)
     * @param warningDays warn about an expiry this many days ahead or fewer (0: on no day before it)
     */
    public static TrainingGaps compute(Collection<Course> courses, Collection<TrainingRecord> records,
            Collection<TrainingNeed> needs, LocalDate on, int warningDays) {
        Objects.requireNonNull(on, "on");
        if (warningDays < 0) {
            throw new IllegalArgumentException("warningDays must not be negative: " + warningDays);
        }
        List<TrainingRecord> all = records == null ? List.of() : records.stream().filter(Objects::nonNull).toList();
        List<Gap> found = new ArrayList<>();
        List<Course> mandatory = courses == null ? List.of() : courses.stream()
                .filter(c -> c != null && c.isMandatoryForLead() && c.isActive()).distinct()
                .sorted(Comparator.comparing(Course::getTitle)).toList();
        for (Course course : mandatory) {
            List<TrainingRecord> ofCourse = all.stream().filter(r -> course.equals(r.getCourse())).toList();
            LocalDate booked = ofCourse.stream()
                    .filter(r -> r.getStatus() == TrainingStatus.BOOKED && !r.getBookedFor().isBefore(on))
                    .map(TrainingRecord::getBookedFor).min(Comparator.naturalOrder()).orElse(null);
            Optional<TrainingRecord> latest = ofCourse.stream()
                    .filter(r -> r.isCompleted() && !r.getCompletedOn().isAfter(on))
                    .max(Comparator.comparing(TrainingRecord::getCompletedOn));
            if (latest.isEmpty()) {
                found.add(new Gap(Kind.NEVER_COMPLETED, course, null, null, booked, "'" + course.getTitle()
                        + "' has not been completed, and every lead practitioner needs it." + next(booked, "Book a place.")));
                continue;
            }
            LocalDate expiry = latest.get().expiresOn();
            if (expiry == null) {
                continue;
            }
            if (!on.isBefore(expiry)) {
                found.add(new Gap(Kind.EXPIRED, course, null, expiry, booked, "'" + course.getTitle() + "' expired on "
                        + Checks.date(expiry) + " (last completed " + Checks.date(latest.get().getCompletedOn())
                        + "; it is refreshed every " + months(course) + ")." + next(booked, "Book a refresher.")));
            } else if (!on.plusDays(warningDays).isBefore(expiry)) {
                found.add(new Gap(Kind.EXPIRING_SOON, course, null, expiry, booked, "'" + course.getTitle()
                        + "' expires on " + Checks.date(expiry) + "." + next(booked, "Book a refresher before then.")));
            }
        }
        if (needs != null) {
            needs.stream().filter(n -> n != null && n.isOpen())
                    .sorted(Comparator.comparing(TrainingNeed::getRaisedOn)
                            .thenComparing(TrainingNeed::getId, Comparator.nullsLast(Comparator.naturalOrder())))
                    .forEach(n -> found.add(new Gap(Kind.OPEN_NEED, n.getCourse(), n, n.getRaisedOn(), null,
                            "Training need identified on " + Checks.date(n.getRaisedOn()) + ": " + n.getDescription()
                                    + (n.getCourse() == null ? "" : " (course: '" + n.getCourse().getTitle() + "')"))));
        }
        return new TrainingGaps(on, found);
    }

    private static String next(LocalDate booked, String otherwise) {
        return " " + (booked == null ? otherwise : "Booked for " + Checks.date(booked) + ".");
    }

    private static String months(Course course) {
        int months = course.getRefreshMonths();
        return months == 1 ? "month" : months + " months";
    }

    /** Every gap: mandatory courses first (by title; at most one gap per course), then open needs (oldest first). */
    public List<Gap> all() {
        return gaps;
    }

    /** The gaps that stand in the way of the lead role (never completed, expired). */
    public List<Gap> blocking() {
        return gaps.stream().filter(Gap::blocksLeadRole).toList();
    }

    /** Gaps of one kind. */
    public List<Gap> ofKind(Kind kind) {
        return gaps.stream().filter(g -> g.kind() == kind).toList();
    }

    /** No mandatory course is missing or expired on the day (warnings and open needs do not count). */
    public boolean trainedForLeadRole() {
        return gaps.stream().noneMatch(Gap::blocksLeadRole);
    }

    public boolean isEmpty() {
        return gaps.isEmpty();
    }

    /** The day the gaps were computed for. */
    public LocalDate on() {
        return on;
    }
}
