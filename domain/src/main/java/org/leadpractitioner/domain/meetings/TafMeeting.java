package org.leadpractitioner.domain.meetings;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.Checks;
import org.leadpractitioner.domain.core.EarlyHelpCase;
import org.leadpractitioner.domain.core.FamilyMember;
import org.leadpractitioner.domain.core.Practitioner;

/**
 * A Team Around the Family meeting of a case (issue 4): scheduled at a time in UK time with a venue or an online link,
 * a chair and a minute-taker (any practitioner invited, not only the lead), and invitees from the family and the
 * practitioners; rescheduled or cancelled while it is ahead (each change raises the iCalendar {@link #getSequence
 * sequence}, so calendars replace the earlier invitation); then recorded: attendance, written reports, minutes, the
 * Signs of Safety mapping (worries, what is working well, what needs to happen, a 0-10 scaling), the family's and the
 * child's views and the decision. Once recorded it is HELD, and the clock starts for circulating the record to every
 * invitee within {@value #CIRCULATION_WORKING_DAYS} working days.
 *
 * <p>Times are stored as instants and entered and shown in {@link #ZONE}; a local time that does not exist (the hour
 * the clocks go forward) is refused, and one that exists twice (the hour they go back) is the earlier.
 */
@Entity
@Table(name = "taf_meeting")
@NamedQueries({
    @NamedQuery(name = TafMeeting.FIND_BY_CASE,
            query = "SELECT m FROM TafMeeting m WHERE m.earlyHelpCase.id = :caseId ORDER BY m.startsAt DESC, m.id DESC"),
    @NamedQuery(name = TafMeeting.FIND_FOR_PRACTITIONER_BETWEEN,
            query = "SELECT DISTINCT m FROM TafMeeting m JOIN FETCH m.earlyHelpCase JOIN m.invitees i"
                    + " WHERE i.practitioner.id = :practitionerId AND m.startsAt < :to AND m.endsAt > :from"
                    + " AND m.status <> org.leadpractitioner.domain.meetings.MeetingStatus.CANCELLED ORDER BY m.startsAt"),
    @NamedQuery(name = TafMeeting.FIND_CLASHES,
            query = "SELECT i FROM MeetingInvitee i JOIN FETCH i.meeting m WHERE m.id <> :meetingId"
                    + " AND m.status = org.leadpractitioner.domain.meetings.MeetingStatus.SCHEDULED"
                    + " AND m.startsAt < :to AND m.endsAt > :from"
                    + " AND (i.practitioner.id IN :practitionerIds OR i.familyMember.id IN :memberIds)"),
    @NamedQuery(name = TafMeeting.FIND_INVITEES,
            query = "SELECT i FROM MeetingInvitee i LEFT JOIN FETCH i.practitioner p LEFT JOIN FETCH p.agency"
                    + " LEFT JOIN FETCH i.familyMember WHERE i.meeting.id = :meetingId ORDER BY i.id")
})
public class TafMeeting extends BaseEntity {

    /** Parameter {@code caseId}: the case's meetings, latest first (a case has tens at most). */
    public static final String FIND_BY_CASE = "TafMeeting.findByCase";
    /** Parameters {@code practitionerId}, {@code from}, {@code to}: the calendar of one practitioner. */
    public static final String FIND_FOR_PRACTITIONER_BETWEEN = "TafMeeting.findForPractitionerBetween";
    /**
     * Parameters {@code meetingId}, {@code from}, {@code to}, {@code practitionerIds}, {@code memberIds} (never empty:
     * pass {@code -1} for none): invitations of those people to other scheduled meetings overlapping the time.
     */
    public static final String FIND_CLASHES = "TafMeeting.findClashes";
    /** Parameter {@code meetingId}: its invitees with their people, in the order they were invited. */
    public static final String FIND_INVITEES = "TafMeeting.findInvitees";

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    public static final int CIRCULATION_WORKING_DAYS = 5;
    public static final Duration LONGEST = Duration.ofHours(8);
    public static final int VENUE_MAX = 300;
    public static final int LINK_MAX = 500;
    public static final int MINUTES_MAX = 20000;
    public static final int MAPPING_MAX = 8000;
    public static final int VIEWS_MAX = 4000;
    public static final int NOTE_MAX = 2000;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private EarlyHelpCase earlyHelpCase;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_type", nullable = false, length = 20)
    private MeetingType type;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MeetingStatus status;

    @NotNull
    @Column(name = "starts_at", nullable = false, length = 27)
    private Instant startsAt;

    @NotNull
    @Column(name = "ends_at", nullable = false, length = 27)
    private Instant endsAt;

    @Size(max = VENUE_MAX)
    @Column(name = "venue", length = VENUE_MAX)
    private String venue;

    @Size(max = LINK_MAX)
    @Column(name = "online_link", length = LINK_MAX)
    private String onlineLink;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "chair_id", nullable = false)
    private Practitioner chair;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "minute_taker_id")
    private Practitioner minuteTaker;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organiser_id", nullable = false, updatable = false)
    private Practitioner organiser;

    @Column(name = "ics_sequence", nullable = false)
    private int sequence;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false, length = 27)
    private Instant createdAt;

    @Column(name = "cancelled_at", length = 27)
    private Instant cancelledAt;

    @Size(max = NOTE_MAX)
    @Column(name = "cancel_reason", length = NOTE_MAX)
    private String cancelReason;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    private Set<MeetingInvitee> invitees = new LinkedHashSet<>();

    // ---- the record

    @Size(max = MINUTES_MAX)
    @Column(name = "minutes", length = MINUTES_MAX)
    private String minutes;

    @Size(max = MAPPING_MAX)
    @Column(name = "worries", length = MAPPING_MAX)
    private String worries;

    @Size(max = MAPPING_MAX)
    @Column(name = "working_well", length = MAPPING_MAX)
    private String workingWell;

    @Size(max = MAPPING_MAX)
    @Column(name = "needs_to_happen", length = MAPPING_MAX)
    private String needsToHappen;

    @Min(0)
    @Max(10)
    @Column(name = "scaling")
    private Integer scaling;

    @Size(max = VIEWS_MAX)
    @Column(name = "family_views", length = VIEWS_MAX)
    private String familyViews;

    @Size(max = VIEWS_MAX)
    @Column(name = "child_views", length = VIEWS_MAX)
    private String childViews;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 20)
    private ReviewDecision decision;

    @Size(max = VIEWS_MAX)
    @Column(name = "decision_note", length = VIEWS_MAX)
    private String decisionNote;

    @Size(max = VIEWS_MAX)
    @Column(name = "sustainability_plan", length = VIEWS_MAX)
    private String sustainabilityPlan;

    @Enumerated(EnumType.STRING)
    @Column(name = "cadence", length = 20)
    private ReviewCadence cadence;

    @Column(name = "next_review_on")
    private LocalDate nextReviewOn;

    @Column(name = "recorded_at", length = 27)
    private Instant recordedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recorded_by_id")
    private Practitioner recordedBy;

    @Column(name = "circulation_due_on")
    private LocalDate circulationDueOn;

    @Column(name = "circulated_on")
    private LocalDate circulatedOn;

    @Column(name = "handover_id")
    private Long handoverId;

    protected TafMeeting() {
    }

    /**
     * What is scheduled: the type, the local start and end in UK time, where (a venue, an online link or both), the
     * chair and minute-taker (practitioners among the invitees), and the invitees.
     */
    public record Details(MeetingType type, LocalDateTime starts, LocalDateTime ends, String venue, String onlineLink,
            Practitioner chair, Practitioner minuteTaker, Collection<Practitioner> practitioners,
            Collection<FamilyMember> familyMembers) {
    }

    /**
     * Schedules a meeting. The case's family, consent and membership checks (who may be invited) are the service's;
     * here: the type, times (in the future, end after start, at most {@link #LONGEST}), a place, the chair and the
     * minute-taker among the practitioners invited, and at least one member of the family (a TAF is held with them).
     */
    public static TafMeeting schedule(EarlyHelpCase c, Details d, Practitioner organiser, Instant now) {
        TafMeeting m = new TafMeeting();
        m.earlyHelpCase = Objects.requireNonNull(c);
        m.organiser = Objects.requireNonNull(organiser);
        m.type = Checks.present(d.type(), "meeting.type-required", "type", "Choose the type of meeting.");
        m.status = MeetingStatus.SCHEDULED;
        m.createdAt = now;
        m.sequence = 0;
        m.apply(d, now, true);
        return m;
    }

    /**
     * Changes a scheduled meeting (time, place, chair, minute-taker, invitees; the type stays). Raises the sequence
     * so the invitations sent next replace the ones before. Returns whether the time changed.
     */
    public boolean reschedule(Details d, Instant now) {
        requireScheduled("change");
        Instant oldStart = startsAt;
        Instant oldEnd = endsAt;
        boolean timeChanges = !toInstant(d.starts(), "starts").equals(oldStart) || !toInstant(d.ends(), "ends").equals(oldEnd);
        apply(d, now, timeChanges);
        sequence++;
        return timeChanges;
    }

    /** Calls a scheduled meeting off; the invitees are sent a cancellation. */
    public void cancel(String reason, Instant now) {
        requireScheduled("cancel");
        this.cancelReason = Checks.required(reason, NOTE_MAX, "meeting.cancel-reason", "reason",
                "why the meeting is cancelled");
        this.status = MeetingStatus.CANCELLED;
        this.cancelledAt = now;
        sequence++;
    }

    private void apply(Details d, Instant now, boolean timeMustBeAhead) {
        Instant start = toInstant(Checks.present(d.starts(), "meeting.starts-required", "starts",
                "Enter the date and time the meeting starts."), "starts");
        Instant end = toInstant(Checks.present(d.ends(), "meeting.ends-required", "ends",
                "Enter the time the meeting ends."), "ends");
        if (!end.isAfter(start)) {
            throw new RuleViolation("meeting.ends-before-start", "ends", "The meeting ends at " + d.ends().toLocalTime()
                    + ", which is not after it starts (" + d.starts().toLocalTime() + "). Enter a later end time.");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw new RuleViolation("meeting.too-long", "ends", "A TAF meeting lasts at most " + LONGEST.toHours()
                    + " hours. Check the end time.");
        }
        if (timeMustBeAhead && !start.isAfter(now)) {
            throw new RuleViolation("meeting.in-the-past", "starts", WHEN.format(d.starts()) + " has already passed;"
                    + " invitations are for meetings ahead. Choose a later date and time.");
        }
        String place = Checks.optional(d.venue(), VENUE_MAX, "meeting.venue", "venue", "the venue");
        String link = checkLink(d.onlineLink());
        if (place == null && link == null) {
            throw new RuleViolation("meeting.place-required", "venue", "Enter a venue, an online meeting link, or both.");
        }
        List<Practitioner> practitioners = distinct(d.practitioners());
        List<FamilyMember> members = distinct(d.familyMembers());
        for (FamilyMember fm : members) {
            if (!fm.getFamily().equals(earlyHelpCase.getFamily())) {
                throw new RuleViolation("meeting.invitee-not-in-family", "familyMemberIds", fm.displayName()
                        + " is not a member of this family. Invite the family's own members.");
            }
        }
        if (members.isEmpty()) {
            throw new RuleViolation("meeting.family-required", "familyMemberIds", "Invite at least one member of the family:"
                    + " a Team Around the Family meeting is held with the family.");
        }
        Practitioner theChair = Checks.present(d.chair(), "meeting.chair-required", "chairId", "Choose who chairs the meeting.");
        if (!practitioners.contains(theChair)) {
            throw new RuleViolation("meeting.chair-not-invited", "chairId", theChair.displayName() + " chairs the meeting"
                    + " but is not invited. Invite them, or choose a chair among the practitioners invited.");
        }
        if (d.minuteTaker() != null && !practitioners.contains(d.minuteTaker())) {
            throw new RuleViolation("meeting.minute-taker-not-invited", "minuteTakerId", d.minuteTaker().displayName()
                    + " takes the minutes but is not invited. Invite them, or choose a minute-taker among the practitioners"
                    + " invited.");
        }
        this.startsAt = start;
        this.endsAt = end;
        this.venue = place;
        this.onlineLink = link;
        this.chair = theChair;
        this.minuteTaker = d.minuteTaker();
        invitees.removeIf(i -> i.isFamily() ? !members.contains(i.getFamilyMember()) : !practitioners.contains(i.getPractitioner()));
        for (Practitioner p : practitioners) {
            if (invitees.stream().noneMatch(i -> i.is(p))) {
                invitees.add(new MeetingInvitee(this, p, null));
            }
        }
        for (FamilyMember fm : members) {
            if (invitees.stream().noneMatch(i -> i.is(fm))) {
                invitees.add(new MeetingInvitee(this, null, fm));
            }
        }
    }

    private static <T> List<T> distinct(Collection<T> items) {
        return items == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(items));
    }

    /** A local time in UK time as an instant; the hour that does not exist when the clocks go forward is refused. */
    public static Instant toInstant(LocalDateTime local, String field) {
        if (ZONE.getRules().getValidOffsets(local).isEmpty()) {
            throw new RuleViolation("meeting.time-does-not-exist", field, local.toLocalTime() + " on "
                    + Checks.date(local.toLocalDate()) + " does not exist in UK time: the clocks go forward an hour that"
                    + " night. Choose another time.");
        }
        return local.atZone(ZONE).toInstant();
    }

    private static String checkLink(String raw) {
        String link = Checks.optional(raw, LINK_MAX, "meeting.online-link", "onlineLink", "the online meeting link");
        if (link == null) {
            return null;
        }
        try {
            URI uri = new URI(link);
            if (("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null) {
                return link;
            }
        } catch (java.net.URISyntaxException e) {
            // falls through to the message
        }
        throw new RuleViolation("meeting.online-link-invalid", "onlineLink", "The online meeting link must be a web address"
                + " starting with https://, as the meeting invitation gives it. Copy it from the meeting service.");
    }

    static Integer checkScaling(Integer value, String field, String label) {
        if (value != null && (value < 0 || value > 10)) {
            throw new RuleViolation("meeting.scaling-out-of-range", field, Checks.capitalise(label) + " is " + value
                    + "; a scaling judgement is a whole number from 0 to 10. Enter a number from 0 to 10.");
        }
        return value;
    }

    private void requireScheduled(String what) {
        if (status != MeetingStatus.SCHEDULED) {
            throw new RuleViolation("meeting.not-scheduled.conflict", null, "This meeting is " + status.label().toLowerCase(Locale.UK)
                    + ", so you cannot " + what + " it. Schedule a new meeting instead.");
        }
    }

    // ---- the record

    /** One invitee's attendance, written report and own scaling. */
    public record AttendanceEntry(long inviteeId, Attendance attendance, String writtenReport, Integer scaling) {
    }

    /** The record of the meeting as the minute-taker or chair writes it. */
    public record Outcome(String minutes, String worries, String workingWell, String needsToHappen, Integer scaling,
            String familyViews, String childViews, ReviewDecision decision, String decisionNote, String sustainabilityPlan,
            ReviewCadence cadence, List<AttendanceEntry> attendance) {
    }

    /**
     * Saves the record so far (a meeting being written up may be saved many times before it is complete). Every value
     * is checked as it is saved (lengths, scaling 0-10, invitees of this meeting); completeness is checked by
     * {@link #recordHeld}.
     */
    public void saveOutcome(Outcome o, Instant now) {
        requireRecordable(now);
        this.minutes = Checks.optional(o.minutes(), MINUTES_MAX, "meeting.minutes", "minutes", "the minutes");
        this.worries = Checks.optional(o.worries(), MAPPING_MAX, "meeting.worries", "worries", "what we are worried about");
        this.workingWell = Checks.optional(o.workingWell(), MAPPING_MAX, "meeting.working-well", "workingWell", "what is working well");
        this.needsToHappen = Checks.optional(o.needsToHappen(), MAPPING_MAX, "meeting.needs-to-happen", "needsToHappen",
                "what needs to happen");
        this.scaling = checkScaling(o.scaling(), "scaling", "the scaling judgement");
        this.familyViews = Checks.optional(o.familyViews(), VIEWS_MAX, "meeting.family-views", "familyViews", "the family's views");
        this.childViews = Checks.optional(o.childViews(), VIEWS_MAX, "meeting.child-views", "childViews", "the child's views");
        this.decision = o.decision();
        this.decisionNote = Checks.optional(o.decisionNote(), VIEWS_MAX, "meeting.decision-note", "decisionNote",
                "the note on the decision");
        this.sustainabilityPlan = Checks.optional(o.sustainabilityPlan(), VIEWS_MAX, "meeting.sustainability-plan",
                "sustainabilityPlan", "the sustainability plan");
        this.cadence = o.cadence();
        if (o.attendance() != null) {
            for (AttendanceEntry e : o.attendance()) {
                invitee(e.inviteeId(), "attendance").recordAttendance(e.attendance(), e.writtenReport(), e.scaling());
            }
        }
    }

    /**
     * Completes the record: everyone's attendance, the mapping (all three questions and the scaling), the decision
     * (the initial meeting continues, by definition), the cadence when the plan continues, the sustainability plan when
     * closing. Then the meeting is HELD, the next review falls {@code cadence} after it, and the record is due to reach
     * every invitee by {@code circulationDueOn} ({@value #CIRCULATION_WORKING_DAYS} working days after the meeting,
     * computed by the caller from the bank-holiday calendar).
     */
    public void recordHeld(Practitioner by, LocalDate circulationDueOn, Instant now) {
        requireRecordable(now);
        List<String> missing = new ArrayList<>();
        invitees.stream().filter(i -> i.getAttendance() == Attendance.NOT_RECORDED)
                .sorted(Comparator.comparing(MeetingInvitee::displayName))
                .forEach(i -> missing.add("the attendance of " + i.displayName()));
        if (worries == null) {
            missing.add("what we are worried about");
        }
        if (workingWell == null) {
            missing.add("what is working well");
        }
        if (needsToHappen == null) {
            missing.add("what needs to happen");
        }
        if (scaling == null) {
            missing.add("the scaling judgement (0-10)");
        }
        if (decision == null) {
            if (type.needsDecision()) {
                missing.add("the decision");
            } else {
                decision = ReviewDecision.CONTINUE;
            }
        }
        if (decision != null && decision.planContinues() && cadence == null) {
            missing.add("how often the plan will be reviewed");
        }
        if (decision == ReviewDecision.CLOSE && sustainabilityPlan == null) {
            missing.add("the sustainability plan");
        }
        if (!missing.isEmpty()) {
            throw new RuleViolation("meeting.record-incomplete", firstField(missing.get(0)), "The record is not complete yet."
                    + " Still to record: " + String.join("; ", missing) + ".");
        }
        this.status = MeetingStatus.HELD;
        this.recordedAt = now;
        this.recordedBy = by;
        this.circulationDueOn = Objects.requireNonNull(circulationDueOn);
        this.nextReviewOn = decision.planContinues() ? cadence.nextReviewAfter(heldOn()) : null;
        if (!decision.planContinues()) {
            this.cadence = null;
        }
    }

    private void requireRecordable(Instant now) {
        if (status == MeetingStatus.CANCELLED) {
            requireScheduled("record");
        }
        if (status == MeetingStatus.HELD) {
            throw new RuleViolation("meeting.already-recorded.conflict", null, "The record of this meeting is complete."
                    + " Add what has happened since as progress on the actions, or at the next review.");
        }
        if (now.isBefore(startsAt)) {
            throw new RuleViolation("meeting.not-started", null, "The meeting starts " + WHEN.format(startsAt.atZone(ZONE))
                    + ". Record it once it has begun.");
        }
    }

    private static String firstField(String missing) {
        if (missing.startsWith("the attendance")) {
            return "attendance";
        }
        return Map.of("what we are worried about", "worries", "what is working well", "workingWell",
                "what needs to happen", "needsToHappen", "the scaling judgement (0-10)", "scaling", "the decision", "decision",
                "how often the plan will be reviewed", "cadence", "the sustainability plan", "sustainabilityPlan")
                .getOrDefault(missing, null);
    }

    /** Links the handover the meeting's change-of-lead decision started. */
    public void handoverStarted(long id) {
        if (decision != ReviewDecision.CHANGE_OF_LEAD) {
            throw new IllegalStateException("Only a change-of-lead decision starts a handover");
        }
        this.handoverId = id;
    }

    /**
     * Records that the record reached one invitee (when, how, recorded by whom). When every invitee has had it the
     * meeting is circulated, on the latest of those days.
     */
    public void recordCirculation(long inviteeId, LocalDate on, CirculationMethod method, Practitioner by, LocalDate today,
            Instant now) {
        if (status != MeetingStatus.HELD) {
            throw new RuleViolation("meeting.not-recorded.conflict", null, "Complete the record of the meeting before"
                    + " sending it out.");
        }
        invitee(inviteeId, "inviteeId").recordCirculation(on, method, by, heldOn(), today, now);
        boolean everyone = invitees.stream().allMatch(i -> i.getCirculatedOn() != null);
        this.circulatedOn = everyone ? invitees.stream().map(MeetingInvitee::getCirculatedOn).max(Comparator.naturalOrder())
                .orElseThrow() : null;
    }

    /** Whether the record should have reached everyone by {@code today} and has not. */
    public boolean isCirculationOverdue(LocalDate today) {
        return status == MeetingStatus.HELD && circulatedOn == null && today.isAfter(circulationDueOn);
    }

    /** Whether it reached everyone late. */
    public boolean wasCirculatedLate() {
        return circulatedOn != null && circulatedOn.isAfter(circulationDueOn);
    }

    private MeetingInvitee invitee(long id, String field) {
        return invitees.stream().filter(i -> Objects.equals(i.getId(), id)).findFirst()
                .orElseThrow(() -> new RuleViolation("meeting.invitee-unknown", field, "Invitee " + id
                        + " is not invited to this meeting. Choose one of its invitees."));
    }

    /** The invitee who is {@code p}, if invited. */
    public Optional<MeetingInvitee> inviteeFor(Practitioner p) {
        return invitees.stream().filter(i -> i.is(p)).findFirst();
    }

    /** The day the meeting is held, in UK time. */
    public LocalDate heldOn() {
        return startsAt.atZone(ZONE).toLocalDate();
    }

    /** "Thursday 29 October 2026 at 10:00" in UK time. */
    public String when() {
        return WHEN.format(startsAt.atZone(ZONE));
    }

    /** The chair, minute-taker or organiser: who may write up the record (besides the lead and the coordinator). */
    public boolean isRunBy(Practitioner p) {
        return p != null && (p.equals(chair) || p.equals(minuteTaker) || p.equals(organiser));
    }

    public EarlyHelpCase getEarlyHelpCase() {
        return earlyHelpCase;
    }

    public MeetingType getType() {
        return type;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getVenue() {
        return venue;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public Practitioner getChair() {
        return chair;
    }

    public Practitioner getMinuteTaker() {
        return minuteTaker;
    }

    public Practitioner getOrganiser() {
        return organiser;
    }

    public int getSequence() {
        return sequence;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    /** The invitees, in the order they were invited (read-only). */
    public List<MeetingInvitee> getInvitees() {
        return invitees.stream().sorted(Comparator.comparing(MeetingInvitee::getId, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    public String getMinutes() {
        return minutes;
    }

    public String getWorries() {
        return worries;
    }

    public String getWorkingWell() {
        return workingWell;
    }

    public String getNeedsToHappen() {
        return needsToHappen;
    }

    public Integer getScaling() {
        return scaling;
    }

    public String getFamilyViews() {
        return familyViews;
    }

    public String getChildViews() {
        return childViews;
    }

    public ReviewDecision getDecision() {
        return decision;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public String getSustainabilityPlan() {
        return sustainabilityPlan;
    }

    public ReviewCadence getCadence() {
        return cadence;
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Practitioner getRecordedBy() {
        return recordedBy;
    }

    public LocalDate getCirculationDueOn() {
        return circulationDueOn;
    }

    public LocalDate getCirculatedOn() {
        return circulatedOn;
    }

    public Long getHandoverId() {
        return handoverId;
    }
}
