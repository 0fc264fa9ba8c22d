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
 * A training or development need of a practitioner, optionally naming the course that would meet it.
 *
 * <p>Raised directly ({@link #raise}, source OTHER) or identified in supervision and created when the supervisor
 * signs the session (source SUPERVISION, linked to the session). Life cycle: OPEN, then {@link #meetBy met by a
 * completion} of its course (the service calls it when it records a completion, see {@link #isMetBy}),
 * {@link #markMet met otherwise} (with a note), or {@link #withdraw withdrawn} (with a reason).
 */
@Entity
@Table(name = "training_need")
@NamedQueries({
    @NamedQuery(name = TrainingNeed.FIND_BY_PRACTITIONER,
            query = "SELECT n FROM TrainingNeed n LEFT JOIN FETCH n.course WHERE n.practitioner.id = :practitionerId"
                    + " ORDER BY n.raisedOn DESC, n.id DESC"),
    @NamedQuery(name = TrainingNeed.FIND_OPEN_BY_PRACTITIONER,
            query = "SELECT n FROM TrainingNeed n LEFT JOIN FETCH n.course WHERE n.practitioner.id = :practitionerId"
                    + " AND n.status = org.leadpractitioner.domain.training.TrainingNeedStatus.OPEN"
                    + " ORDER BY n.raisedOn, n.id"),
    @NamedQuery(name = TrainingNeed.FIND_OPEN_FOR_PRACTITIONERS,
            query = "SELECT n FROM TrainingNeed n LEFT JOIN FETCH n.course WHERE n.practitioner.id IN :practitionerIds"
                    + " AND n.status = org.leadpractitioner.domain.training.TrainingNeedStatus.OPEN"
                    + " ORDER BY n.raisedOn, n.id"),
    @NamedQuery(name = TrainingNeed.FIND_BY_SESSION,
            query = "SELECT n FROM TrainingNeed n LEFT JOIN FETCH n.course WHERE n.session.id = :sessionId ORDER BY n.id"),
    @NamedQuery(name = TrainingNeed.FIND_OPEN_FOR_PRACTITIONER_AND_COURSE,
            query = "SELECT n FROM TrainingNeed n WHERE n.practitioner.id = :practitionerId AND n.course.id = :courseId"
                    + " AND n.status = org.leadpractitioner.domain.training.TrainingNeedStatus.OPEN ORDER BY n.id")
})
public class TrainingNeed extends BaseEntity {

    /** Parameter {@code practitionerId}: every need, newest first, with courses. */
    public static final String FIND_BY_PRACTITIONER = "TrainingNeed.findByPractitioner";
    /** Parameter {@code practitionerId}: open needs, oldest first, with courses (an input of {@link TrainingGaps}). */
    public static final String FIND_OPEN_BY_PRACTITIONER = "TrainingNeed.findOpenByPractitioner";
    /** Parameter {@code practitionerIds} (a collection): open needs of several practitioners (a team's gaps). */
    public static final String FIND_OPEN_FOR_PRACTITIONERS = "TrainingNeed.findOpenForPractitioners";
    /** Parameter {@code sessionId}: the needs a signed supervision session produced. */
    public static final String FIND_BY_SESSION = "TrainingNeed.findBySession";
    /** Parameters {@code practitionerId}, {@code courseId}: open needs a completion of the course meets. */
    public static final String FIND_OPEN_FOR_PRACTITIONER_AND_COURSE = "TrainingNeed.findOpenForPractitionerAndCourse";

    public static final int TEXT_MAX = 2000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practitioner_id", nullable = false, updatable = false)
    private Practitioner practitioner;

    @NotBlank
    @Size(max = TEXT_MAX)
    @Column(name = "description", nullable = false, length = TEXT_MAX)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id")
    private Course course;

    @NotNull
    @Column(name = "raised_on", nullable = false, updatable = false)
    private LocalDate raisedOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20, updatable = false)
    private TrainingNeedSource source;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private TrainingNeedStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supervision_session_id", updatable = false)
    private SupervisionSession session;

    /** The same column as {@link #session}, read without loading the session. */
    @Column(name = "supervision_session_id", insertable = false, updatable = false)
    private Long sessionId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "met_by_record_id")
    private TrainingRecord metBy;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Size(max = TEXT_MAX)
    @Column(name = "closing_note", length = TEXT_MAX)
    private String closingNote;

    protected TrainingNeed() {
    }

    TrainingNeed(Practitioner practitioner, String description, Course course, LocalDate raisedOn,
            TrainingNeedSource source) {
        this.practitioner = Checks.present(practitioner, "training-need.practitioner-required", "practitioner",
                "Choose the practitioner who needs the training.");
        this.description = checkDescription(description);
        this.course = course;
        this.raisedOn = Checks.present(raisedOn, "training-need.raised-on-required", "raisedOn",
                "Enter the date the need was identified.");
        this.source = source;
        this.status = TrainingNeedStatus.OPEN;
    }

    /** The need written into a supervision record, as the supervisor signs it: raised on the day of the session. */
    static TrainingNeed fromSupervision(SupervisionSession session, IdentifiedTrainingNeed identified) {
        TrainingNeed need = new TrainingNeed(session.getSupervisee(), identified.getDescription(), identified.getCourse(),
                session.getHeldOn(), TrainingNeedSource.SUPERVISION);
        need.session = session;
        return need;
    }

    /**
     * A need identified outside supervision.
     *
     * @param course the course that would meet it, or {@code null} (e.g. shadowing a colleague)
     */
    public static TrainingNeed raise(Practitioner practitioner, String description, Course course, LocalDate raisedOn,
            LocalDate today) {
        if (raisedOn != null && raisedOn.isAfter(today)) {
            throw new RuleViolation("training-need.raised-in-future", "raisedOn",
                    "The date " + Checks.date(raisedOn) + " is in the future. Enter the date the need was identified"
                            + " (today or earlier).");
        }
        return new TrainingNeed(practitioner, description, course, raisedOn, TrainingNeedSource.OTHER);
    }

    private static String checkDescription(String text) {
        return Checks.required(text, TEXT_MAX, "training-need.description", "description",
                "the training or development need");
    }

    /** Rewords an open need or changes the course that would meet it ({@code null}: none). */
    public void update(String newDescription, Course newCourse) {
        requireOpen("be changed");
        this.description = checkDescription(newDescription);
        this.course = newCourse;
    }

    /**
     * Whether {@link #meetBy} would accept {@code record}: the need is open and names a course, and the record is a
     * completion of that course by the same practitioner.
     */
    public boolean isMetBy(TrainingRecord record) {
        return status == TrainingNeedStatus.OPEN && course != null && record != null && record.isCompleted()
                && course.equals(record.getCourse()) && practitioner.equals(record.getPractitioner());
    }

    /**
     * The need is met by a completion: of its course when it names one, of any course otherwise (the practitioner
     * or their supervisor decides). It closes on the completion date.
     */
    public void meetBy(TrainingRecord record) {
        requireOpen("be met");
        Checks.present(record, "training-need.record-required", "trainingRecord",
                "Choose the completed course that meets the need.");
        if (!record.isCompleted()) {
            throw new RuleViolation("training-need.record-not-completed", "trainingRecord",
                    "'" + record.getCourse().getTitle() + "' is " + record.getStatus().label().toLowerCase(Locale.UK)
                            + ", not completed. A need is met once the course has been completed.");
        }
        if (!practitioner.equals(record.getPractitioner())) {
            throw new RuleViolation("training-need.other-practitioner", "trainingRecord",
                    "That course was completed by " + record.getPractitioner().displayName() + ", but the need is "
                            + practitioner.displayName() + "'s. Choose one of " + practitioner.displayName()
                            + "'s completions.");
        }
        if (course != null && !course.equals(record.getCourse())) {
            throw new RuleViolation("training-need.other-course", "trainingRecord",
                    "The need names '" + course.getTitle() + "', not '" + record.getCourse().getTitle() + "'. Choose a"
                            + " completion of '" + course.getTitle() + "', or change the course the need names.");
        }
        this.metBy = record;
        this.closedOn = record.getCompletedOn();
        this.status = TrainingNeedStatus.MET;
    }

    /** The need was met without a course (shadowing, reading, coaching): {@code note} says how. */
    public void markMet(LocalDate on, String note, LocalDate today) {
        requireOpen("be met");
        LocalDate date = checkClosingDate(on, today);
        this.closingNote = Checks.required(note, TEXT_MAX, "training-need.met-note", "closingNote",
                "how the need was met");
        this.closedOn = date;
        this.status = TrainingNeedStatus.MET;
    }

    /** The need no longer applies: {@code reason} says why. */
    public void withdraw(LocalDate on, String reason, LocalDate today) {
        requireOpen("be withdrawn");
        LocalDate date = checkClosingDate(on, today);
        this.closingNote = Checks.required(reason, TEXT_MAX, "training-need.withdraw-reason", "closingNote",
                "why the need no longer applies");
        this.closedOn = date;
        this.status = TrainingNeedStatus.WITHDRAWN;
    }

    private LocalDate checkClosingDate(LocalDate on, LocalDate today) {
        Checks.present(on, "training-need.closed-on-required", "closedOn", "Enter the date.");
        if (on.isAfter(today)) {
            throw new RuleViolation("training-need.closed-in-future", "closedOn",
                    "The date " + Checks.date(on) + " is in the future. Enter today's date or an earlier one.");
        }
        if (on.isBefore(raisedOn)) {
            throw new RuleViolation("training-need.closed-before-raised", "closedOn",
                    "The date " + Checks.date(on) + " is before the need was identified (" + Checks.date(raisedOn)
                            + "). Enter a date on or after it.");
        }
        return on;
    }

    private void requireOpen(String action) {
        if (status != TrainingNeedStatus.OPEN) {
            throw new RuleViolation("training-need.not-open", null, "This need is already "
                    + status.label().toLowerCase(Locale.UK) + ", so it cannot " + action + ".");
        }
    }

    public boolean isOpen() {
        return status == TrainingNeedStatus.OPEN;
    }

    public Practitioner getPractitioner() {
        return practitioner;
    }

    public String getDescription() {
        return description;
    }

    /** The course that would meet the need, or {@code null}. */
    public Course getCourse() {
        return course;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public TrainingNeedSource getSource() {
        return source;
    }

    public TrainingNeedStatus getStatus() {
        return status;
    }

    /** The supervision session it was identified in (source SUPERVISION), or {@code null}. */
    public SupervisionSession getSession() {
        return session;
    }

    /** The id of {@link #getSession()}, or {@code null}; read without loading the session. */
    public Long getSessionId() {
        return sessionId != null ? sessionId : session == null ? null : session.getId();
    }

    /** The completion that met the need, or {@code null}. */
    public TrainingRecord getMetBy() {
        return metBy;
    }

    /** When the need was met or withdrawn. */
    public LocalDate getClosedOn() {
        return closedOn;
    }

    /** How it was met without a course, or why it was withdrawn. */
    public String getClosingNote() {
        return closingNote;
    }
}
