package org.leadpractitioner.domain.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.Checks;
import org.leadpractitioner.domain.core.Practitioner;

/**
 * One course in a practitioner's training record: a booking or a completion.
 *
 * <p>Life cycle: {@link #book} (BOOKED, for a date to come) then {@link #complete} (COMPLETED) or {@link #cancel}
 * (CANCELLED). A course already attended is recorded directly with {@link #recordCompletion}. A completion counts
 * from the day it was completed until {@link #expiresOn()} (excluded), which its course's refresh period sets; a
 * booking or a cancelled booking never counts as done. An evidence document is a separate
 * {@link TrainingEvidence} (so that lists never load file contents); {@code evidenceNote} says in words what
 * the evidence is (e.g. "certificate seen by the team manager").
 *
 * <p>After recording a completion, the service meets the practitioner's open {@link TrainingNeed needs} for the
 * course ({@value TrainingNeed#FIND_OPEN_FOR_PRACTITIONER_AND_COURSE}, then {@link TrainingNeed#meetBy}).
 */
@Entity
@Table(name = "training_record")
@NamedQueries({
    @NamedQuery(name = TrainingRecord.FIND_BY_PRACTITIONER,
            query = "SELECT r FROM TrainingRecord r JOIN FETCH r.course c WHERE r.practitioner.id = :practitionerId"
                    + " ORDER BY c.title, r.id DESC"),
    @NamedQuery(name = TrainingRecord.FIND_FOR_PRACTITIONERS,
            query = "SELECT r FROM TrainingRecord r JOIN FETCH r.course WHERE r.practitioner.id IN :practitionerIds"
                    + " AND r.status <> org.leadpractitioner.domain.training.TrainingStatus.CANCELLED"
                    + " ORDER BY r.practitioner.id, r.id"),
    @NamedQuery(name = TrainingRecord.FIND_BOOKINGS_FOR_COURSE,
            query = "SELECT r FROM TrainingRecord r JOIN FETCH r.practitioner WHERE r.course.id = :courseId"
                    + " AND r.status = org.leadpractitioner.domain.training.TrainingStatus.BOOKED"
                    + " ORDER BY r.bookedFor, r.id"),
    @NamedQuery(name = TrainingRecord.COUNT_BOOKED,
            query = "SELECT COUNT(r) FROM TrainingRecord r WHERE r.practitioner.id = :practitionerId"
                    + " AND r.course.id = :courseId"
                    + " AND r.status = org.leadpractitioner.domain.training.TrainingStatus.BOOKED")
})
public class TrainingRecord extends BaseEntity {

    /** Parameter {@code practitionerId}: the whole record (bookings, completions, cancellations) with courses, by course title. */
    public static final String FIND_BY_PRACTITIONER = "TrainingRecord.findByPractitioner";
    /**
     * Parameter {@code practitionerIds} (a collection): bookings and completions of several practitioners at once, with
     * courses (for a team's {@link TrainingGaps} without a query per person).
     */
    public static final String FIND_FOR_PRACTITIONERS = "TrainingRecord.findForPractitioners";
    /** Parameter {@code courseId}: who is booked on the course, by date (an attendance list). */
    public static final String FIND_BOOKINGS_FOR_COURSE = "TrainingRecord.findBookingsForCourse";
    /** Parameters {@code practitionerId}, {@code courseId}: open bookings (for {@link #ensureNotAlreadyBooked}). */
    public static final String COUNT_BOOKED = "TrainingRecord.countBooked";

    public static final int TEXT_MAX = 2000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practitioner_id", nullable = false, updatable = false)
    private Practitioner practitioner;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private TrainingStatus status;

    @Column(name = "booked_for")
    private LocalDate bookedFor;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;

    @NotBlank
    @Size(max = Course.PROVIDER_MAX)
    @Column(name = "provider", nullable = false, length = Course.PROVIDER_MAX)
    private String provider;

    @Size(max = TEXT_MAX)
    @Column(name = "evidence_note", length = TEXT_MAX)
    private String evidenceNote;

    @Size(max = TEXT_MAX)
    @Column(name = "notes", length = TEXT_MAX)
    private String notes;

    protected TrainingRecord() {
    }

    private TrainingRecord(Practitioner practitioner, Course course) {
        this.practitioner = Checks.present(practitioner, "training.practitioner-required", "practitioner",
                "Choose the practitioner whose training this is.");
        this.course = Checks.present(course, "training.course-required", "course", "Choose the course.");
        this.provider = course.getProvider();
    }

    /**
     * Books {@code practitioner} on {@code course} for {@code bookedFor} (today or later). The service first counts
     * the open bookings with {@value #COUNT_BOOKED} and calls {@link #ensureNotAlreadyBooked}.
     */
    public static TrainingRecord book(Practitioner practitioner, Course course, LocalDate bookedFor, LocalDate today) {
        TrainingRecord r = new TrainingRecord(practitioner, course);
        if (!practitioner.isActive()) {
            throw new RuleViolation("training.practitioner-inactive", "practitioner",
                    practitioner.displayName() + "'s record is no longer active, so they cannot be booked on a course.");
        }
        if (!course.isActive()) {
            throw new RuleViolation("training.course-inactive", "course",
                    "'" + course.getTitle() + "' is no longer offered. Choose a current course.");
        }
        Checks.present(bookedFor, "training.booked-for-required", "bookedFor", "Enter the date of the course.");
        if (bookedFor.isBefore(today)) {
            throw new RuleViolation("training.booked-for-past", "bookedFor",
                    "The date " + Checks.date(bookedFor) + " has passed. Book a date from today on; to record a course"
                            + " already attended, record it as completed instead.");
        }
        r.bookedFor = bookedFor;
        r.status = TrainingStatus.BOOKED;
        return r;
    }

    /**
     * Refuses a second open booking of the same course.
     *
     * @param openBookings the result of {@value #COUNT_BOOKED}
     */
    public static void ensureNotAlreadyBooked(Practitioner practitioner, Course course, long openBookings) {
        if (openBookings > 0) {
            throw new RuleViolation("training.already-booked", "course",
                    practitioner.displayName() + " is already booked on '" + course.getTitle() + "'. Change or cancel"
                            + " that booking instead of booking again.");
        }
    }

    /**
     * Records a course already attended, without a booking. The course may have been withdrawn since.
     *
     * @param provider who ran it; blank means the course's provider
     * @param today    the completion date cannot be after it
     */
    public static TrainingRecord recordCompletion(Practitioner practitioner, Course course, LocalDate completedOn,
            String provider, String notes, LocalDate today) {
        TrainingRecord r = new TrainingRecord(practitioner, course);
        r.finish(completedOn, provider, notes, today);
        return r;
    }

    /** The booked course took place: records it as completed on {@code completedOn} (not after {@code today}). */
    public void complete(LocalDate completedOn, String provider, String notes, LocalDate today) {
        requireBooked("be completed");
        finish(completedOn, provider, notes, today);
    }

    private void finish(LocalDate on, String newProvider, String newNotes, LocalDate today) {
        Checks.present(on, "training.completed-on-required", "completedOn", "Enter the date the course was completed.");
        if (on.isAfter(today)) {
            throw new RuleViolation("training.completed-in-future", "completedOn",
                    "The completion date " + Checks.date(on) + " is in the future. Enter the date the course was"
                            + " completed (today or earlier), or book the course for that date instead.");
        }
        String checkedProvider = Checks.optional(newProvider, Course.PROVIDER_MAX, "training.provider", "provider",
                "the provider");
        String checkedNotes = Checks.optional(newNotes, TEXT_MAX, "training.notes", "notes", "the notes");
        this.completedOn = on;
        if (checkedProvider != null) {
            this.provider = checkedProvider;
        }
        if (checkedNotes != null) {
            this.notes = checkedNotes;
        }
        this.status = TrainingStatus.COMPLETED;
    }

    /** Cancels a booking (it stays on the record, never counting as done). */
    public void cancel(LocalDate today) {
        requireBooked("be cancelled");
        this.cancelledOn = Checks.present(today, "training.cancelled-on-required", null, "The date is missing.");
        this.status = TrainingStatus.CANCELLED;
    }

    /** Says in words what evidence of the completion there is; blank clears it. Completions only. */
    public void recordEvidenceNote(String note) {
        if (status != TrainingStatus.COMPLETED) {
            throw new RuleViolation("training.evidence-not-completed", "evidenceNote",
                    "Evidence is recorded for a completed course. Record the completion first.");
        }
        this.evidenceNote = Checks.optional(note, TEXT_MAX, "training.evidence-note", "evidenceNote",
                "the note on the evidence");
    }

    private void requireBooked(String action) {
        if (status != TrainingStatus.BOOKED) {
            throw new RuleViolation("training.not-booked", null, "This training is " + status.label().toLowerCase(Locale.UK)
                    + ", not booked, so it cannot " + action + ".");
        }
    }

    /**
     * The first day this completion no longer counts: the completion date plus the course's refresh period, or
     * {@code null} when it never expires (no refresh period) or is not a completion.
     */
    public LocalDate expiresOn() {
        return status == TrainingStatus.COMPLETED ? course.expiryAfter(completedOn) : null;
    }

    /** Completed on or before {@code date} and not expired on {@code date} (the expiry day itself no longer counts). */
    public boolean isCurrentOn(LocalDate date) {
        if (status != TrainingStatus.COMPLETED || completedOn.isAfter(date)) {
            return false;
        }
        LocalDate expiry = expiresOn();
        return expiry == null || date.isBefore(expiry);
    }

    /** A completion whose expiry date is on or before {@code date}. */
    public boolean isExpiredOn(LocalDate date) {
        LocalDate expiry = expiresOn();
        return expiry != null && !date.isBefore(expiry);
    }

    public boolean isCompleted() {
        return status == TrainingStatus.COMPLETED;
    }

    public Practitioner getPractitioner() {
        return practitioner;
    }

    public Course getCourse() {
        return course;
    }

    public TrainingStatus getStatus() {
        return status;
    }

    /** The date booked (kept after completion or cancellation), or {@code null} for a completion recorded directly. */
    public LocalDate getBookedFor() {
        return bookedFor;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public LocalDate getCancelledOn() {
        return cancelledOn;
    }

    /** Who ran (or will run) it; the course's provider unless another was recorded at completion. */
    public String getProvider() {
        return provider;
    }

    public String getEvidenceNote() {
        return evidenceNote;
    }

    public String getNotes() {
        return notes;
    }
}
