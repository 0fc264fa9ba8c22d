package org.leadpractitioner.domain.assignment;

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
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.Checks;
import org.leadpractitioner.domain.core.Child;
import org.leadpractitioner.domain.core.EarlyHelpCase;
import org.leadpractitioner.domain.core.Practitioner;

/**
 * A planned change of lead practitioner for named children of a case (DOMAIN.md, "Change of lead practitioner"):
 * agreed at a meeting, with a reason code and an effective date; the outgoing lead tells the family and the network;
 * the incoming lead is appointed through the ordinary workflow, so the statutory rules, their acceptance, their line
 * manager's agreement and the family's wish apply to them as to any lead.
 *
 * <p>It links the outgoing lead's confirmed {@link LeadAppointment} to an incoming one that is {@link #plan planned}
 * with it (proposed from the effective date, for the handed-over children). Until the incoming appointment is
 * confirmed nothing changes: the outgoing lead remains the lead, even past the planned date. When it is confirmed
 * ({@link #confirmIncoming}) the outgoing lead's covers of the handed-over children end on the day the incoming
 * lead's start, so each child has exactly one lead on every day: the outgoing lead before, the incoming lead from
 * that day. On or after that day the service {@link #complete completes} it; the outgoing appointment then ends if
 * it covers no other child.
 *
 * <p>PLANNED → AGREED (incoming confirmed) → COMPLETED (the day has come); or WITHDRAWN (with a reason, before it took
 * effect) or FELL_THROUGH (the incoming appointment was declined or withdrawn).
 */
@Entity
@Table(name = "lead_handover")
@NamedQueries({
    @NamedQuery(name = LeadHandover.FIND_BY_CASE,
            query = "SELECT h FROM LeadHandover h JOIN FETCH h.outgoing o JOIN FETCH o.practitioner"
                    + " JOIN FETCH h.incoming i JOIN FETCH i.practitioner WHERE h.earlyHelpCase.id = :caseId"
                    + " ORDER BY h.plannedAt DESC, h.id DESC"),
    @NamedQuery(name = LeadHandover.FIND_OPEN_FOR_CHILD,
            query = "SELECT h FROM LeadHandover h JOIN h.incoming i JOIN i.coverages v WHERE v.child.id = :childId"
                    + " AND (h.status = org.leadpractitioner.domain.assignment.HandoverStatus.PLANNED"
                    + " OR (h.status = org.leadpractitioner.domain.assignment.HandoverStatus.AGREED"
                    + " AND h.leadChangesOn > :today))"),
    @NamedQuery(name = LeadHandover.FIND_BY_INCOMING,
            query = "SELECT h FROM LeadHandover h WHERE h.incoming.id = :appointmentId"),
    @NamedQuery(name = LeadHandover.FIND_WAITING_FOR_NOTICE,
            query = "SELECT h FROM LeadHandover h JOIN FETCH h.outgoing o JOIN FETCH h.incoming i JOIN FETCH i.practitioner"
                    + " JOIN FETCH h.earlyHelpCase WHERE o.practitioner.id = :practitionerId"
                    + " AND h.status IN (org.leadpractitioner.domain.assignment.HandoverStatus.PLANNED,"
                    + " org.leadpractitioner.domain.assignment.HandoverStatus.AGREED,"
                    + " org.leadpractitioner.domain.assignment.HandoverStatus.COMPLETED)"
                    + " AND (h.familyToldOn IS NULL OR h.networkToldOn IS NULL)"
                    + " ORDER BY h.effectiveDate, h.id"),
    @NamedQuery(name = LeadHandover.FIND_DUE,
            query = "SELECT h FROM LeadHandover h WHERE h.status = org.leadpractitioner.domain.assignment.HandoverStatus.AGREED"
                    + " AND h.leadChangesOn <= :today ORDER BY h.leadChangesOn, h.id")
})
public class LeadHandover extends BaseEntity {

    /** Parameter {@code caseId}: the case's handovers with both leads, newest first. */
    public static final String FIND_BY_CASE = "LeadHandover.findByCase";
    /**
     * Parameters {@code childId}, {@code today}: handovers of the child not yet in effect (planned, or agreed for a
     * later day). A child has at most one: see {@link #ensureNoOtherOpenHandover}.
     */
    public static final String FIND_OPEN_FOR_CHILD = "LeadHandover.findOpenForChild";
    /** Parameter {@code appointmentId}: the handover whose incoming appointment it is, if any (none or one row). */
    public static final String FIND_BY_INCOMING = "LeadHandover.findByIncoming";
    /**
     * Parameter {@code practitionerId}: handovers in which that practitioner is the outgoing lead and has not yet
     * recorded telling the family or the network, soonest effective date first.
     */
    public static final String FIND_WAITING_FOR_NOTICE = "LeadHandover.findWaitingForNotice";
    /** Parameter {@code today}: agreed handovers whose day has come, to {@link #complete}. */
    public static final String FIND_DUE = "LeadHandover.findDue";

    public static final int TEXT_MAX = 2000;
    public static final int NOTE_MAX = 500;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private EarlyHelpCase earlyHelpCase;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "outgoing_id", nullable = false, updatable = false)
    private LeadAppointment outgoing;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "incoming_id", nullable = false, updatable = false)
    private LeadAppointment incoming;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private HandoverStatus status;

    @NotNull
    @Column(name = "effective_date", nullable = false, updatable = false)
    private LocalDate effectiveDate;

    @Column(name = "lead_changes_on")
    private LocalDate leadChangesOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 40, updatable = false)
    private HandoverReason reason;

    @Size(max = TEXT_MAX)
    @Column(name = "reason_detail", length = TEXT_MAX, updatable = false)
    private String reasonDetail;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "meeting", nullable = false, length = 40, updatable = false)
    private HandoverMeeting meeting;

    @NotNull
    @Column(name = "meeting_date", nullable = false, updatable = false)
    private LocalDate meetingDate;

    @Size(max = NOTE_MAX)
    @Column(name = "meeting_note", length = NOTE_MAX, updatable = false)
    private String meetingNote;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "planned_by_id", nullable = false, updatable = false)
    private Practitioner plannedBy;

    @NotNull
    @Column(name = "planned_at", nullable = false, updatable = false)
    private Instant plannedAt;

    @Column(name = "agreed_at")
    private Instant agreedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "family_told_on")
    private LocalDate familyToldOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "family_told_by_id")
    private Practitioner familyToldRecordedBy;

    @Column(name = "family_told_recorded_at")
    private Instant familyToldRecordedAt;

    @Column(name = "network_told_on")
    private LocalDate networkToldOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "network_told_by_id")
    private Practitioner networkToldRecordedBy;

    @Column(name = "network_told_recorded_at")
    private Instant networkToldRecordedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "closed_by_id")
    private Practitioner closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Size(max = TEXT_MAX)
    @Column(name = "closing_reason", length = TEXT_MAX)
    private String closingReason;

    protected LeadHandover() {
    }

    /**
     * What a plan says. {@code children} are handed over by the {@code outgoing} appointment (all or some of those
     * it covers); {@code practitioner}, {@code designation}, {@code contingency}, {@code justification} and
     * {@code severalLeadsReason} are those of the incoming lead's appointment, as in {@link LeadAppointment.Proposal}.
     */
    public record Plan(LeadAppointment outgoing, List<Child> children, Practitioner practitioner, Designation designation,
            Practitioner contingency, LocalDate effectiveDate, HandoverReason reason, String reasonDetail,
            HandoverMeeting meeting, LocalDate meetingDate, String meetingNote, String justification,
            String severalLeadsReason) {
    }

    /**
     * Plans a handover and proposes the incoming lead from its effective date ({@link #getIncoming()}; persisted with
     * the handover). Refused, naming the field to fix, when: the outgoing appointment is not confirmed, or does not
     * lead for each child today with no end set; the incoming practitioner is the outgoing one; the effective date is
     * before today or not after the day the outgoing lead's cover began; the reason "Other" has no detail; the meeting
     * is in the future, before the case opened, or "another meeting" without a note; or for any reason
     * {@link LeadAppointment#propose} refuses the incoming lead (the statutory rules included).
     *
     * @param check              the rules on the incoming lead for these children ({@link LeadRule#evaluate})
     * @param contingencyCheck   the rules on the contingency, or {@code null} when none is named
     * @param otherLeadInForce   whether an appointment of the case other than the outgoing one, of a practitioner
     *                           other than the incoming lead, covers a child with no end set. The outgoing lead counts
     *                           too when they keep children not handed over (worked out here). Either way the family
     *                           would have several leads, and the incoming proposal needs its reason.
     */
    public static LeadHandover plan(Plan p, RuleCheck check, RuleCheck contingencyCheck, boolean otherLeadInForce,
            Practitioner plannedBy, LocalDate today, Instant at) {
        LeadAppointment out = Checks.present(p.outgoing(), "assignment.handover-outgoing-required", "outgoing",
                "Choose the lead practitioner who hands over.");
        String outName = out.getPractitioner().displayName();
        if (out.getStatus() != AppointmentStatus.CONFIRMED) {
            throw new RuleViolation("assignment.handover-outgoing-not-in-force", "outgoing", outName + "'s appointment is "
                    + out.getStatus().label().toLowerCase(Locale.UK) + ", so there is no lead to hand over from. To"
                    + " appoint a lead, propose one.");
        }
        if (p.children() == null || p.children().isEmpty()) {
            throw new RuleViolation("assignment.children-required", "children",
                    "Choose the child or children whose lead practitioner changes.");
        }
        List<Child> children = p.children().stream().distinct().toList();
        LocalDate latestStart = null;
        for (Child child : children) {
            LeadCoverage cover = out.coverageOf(child).filter(v -> v.isInForceOn(today)).orElseThrow(() -> notCovered(
                    out, child, today));
            if (cover.getUntilDate() != null) {
                throw new RuleViolation("assignment.handover-cover-already-ending", "children", outName + "'s cover of "
                        + child.displayName() + " already ends on " + Checks.date(cover.getUntilDate()) + " (another"
                        + " handover, or the child leaving the case). See the case's lead panel.");
            }
            latestStart = latestStart == null || cover.getFromDate().isAfter(latestStart) ? cover.getFromDate() : latestStart;
        }
        Practitioner lead = Checks.present(p.practitioner(), "assignment.practitioner-required", "practitioner",
                "Choose the practitioner who takes over as lead.");
        if (lead.equals(out.getPractitioner())) {
            throw new RuleViolation("assignment.handover-same-practitioner", "practitioner", outName + " is already the"
                    + " lead practitioner. Choose the practitioner who takes over from them.");
        }
        LocalDate effective = Checks.present(p.effectiveDate(), "assignment.handover-effective-date-required",
                "effectiveDate", "Enter the date the new lead practitioner takes over.");
        if (effective.isBefore(today)) {
            throw new RuleViolation("assignment.handover-effective-date-past", "effectiveDate", "A handover cannot take"
                    + " effect in the past (" + Checks.date(effective) + "). Enter today or a later date: until then "
                    + outName + " remains the lead.");
        }
        if (!effective.isAfter(latestStart)) {
            throw new RuleViolation("assignment.handover-effective-before-start", "effectiveDate", outName + " leads from "
                    + Checks.date(latestStart) + ", so the handover must take effect after that day. Enter a later date.");
        }
        HandoverReason reason = Checks.present(p.reason(), "assignment.handover-reason-required", "reason",
                "Choose the reason for the change of lead practitioner.");
        HandoverMeeting meeting = Checks.present(p.meeting(), "assignment.handover-meeting-required", "meeting",
                "Choose the meeting at which the handover was agreed: a TAF, Child in Need or Child Protection meeting.");
        LocalDate meetingDate = Checks.present(p.meetingDate(), "assignment.handover-meeting-date-required", "meetingDate",
                "Enter the date of the meeting at which the handover was agreed.");
        if (meetingDate.isAfter(today)) {
            throw new RuleViolation("assignment.handover-meeting-date-future", "meetingDate", "The meeting date "
                    + Checks.date(meetingDate) + " is in the future. A handover is recorded once a meeting has agreed it:"
                    + " enter the date the meeting was held.");
        }
        EarlyHelpCase c = out.getEarlyHelpCase();
        if (meetingDate.isBefore(c.getOpenedOn())) {
            throw new RuleViolation("assignment.handover-meeting-before-opening", "meetingDate", "The meeting date "
                    + Checks.date(meetingDate) + " is before the case opened (" + Checks.date(c.getOpenedOn())
                    + "). Enter the date the meeting was held.");
        }
        LeadHandover h = new LeadHandover();
        h.reasonDetail = reason.needsDetail()
                ? Checks.required(p.reasonDetail(), TEXT_MAX, "assignment.handover-reason-detail", "reasonDetail",
                        "why the lead practitioner changes (the reason \"Other\" needs a written explanation)")
                : Checks.optional(p.reasonDetail(), TEXT_MAX, "assignment.handover-reason-detail", "reasonDetail",
                        "the detail of the reason");
        h.meetingNote = meeting.needsNote()
                ? Checks.required(p.meetingNote(), NOTE_MAX, "assignment.handover-meeting-note", "meetingNote",
                        "which meeting agreed the handover and who took part")
                : Checks.optional(p.meetingNote(), NOTE_MAX, "assignment.handover-meeting-note", "meetingNote",
                        "the note on the meeting");
        Practitioner by = Checks.present(plannedBy, "assignment.proposed-by-required", null, "Sign in as a practitioner.");
        boolean outgoingKeepsChildren = out.getCoverages().stream()
                .anyMatch(v -> !children.contains(v.getChild()) && v.getUntilDate() == null);
        boolean anotherLeadInForce = otherLeadInForce || outgoingKeepsChildren;
        h.incoming = LeadAppointment.propose(new LeadAppointment.Proposal(c, lead, children, p.designation(),
                p.contingency(), effective, meeting == HandoverMeeting.TEAM_AROUND_THE_FAMILY,
                meeting == HandoverMeeting.TEAM_AROUND_THE_FAMILY ? meetingDate : null, p.justification(),
                p.severalLeadsReason()), check, contingencyCheck, anotherLeadInForce, by, at);
        h.earlyHelpCase = c;
        h.outgoing = out;
        h.status = HandoverStatus.PLANNED;
        h.effectiveDate = effective;
        h.reason = reason;
        h.meeting = meeting;
        h.meetingDate = meetingDate;
        h.plannedBy = by;
        h.plannedAt = at;
        return h;
    }

    private static RuleViolation notCovered(LeadAppointment out, Child child, LocalDate today) {
        String outName = out.getPractitioner().displayName();
        LeadCoverage cover = out.coverageOf(child).orElse(null);
        if (cover != null && cover.getFromDate().isAfter(today)) {
            return new RuleViolation("assignment.handover-outgoing-not-in-force", "outgoing", outName + " leads for "
                    + child.displayName() + " only from " + Checks.date(cover.getFromDate()) + ", so there is nothing to"
                    + " hand over yet. Plan the handover once they lead.");
        }
        String theirs = out.getCoverages().stream().filter(v -> v.isInForceOn(today)).map(v -> v.getChild().displayName())
                .sorted().collect(Collectors.joining(", "));
        return new RuleViolation("assignment.handover-child-not-covered", "children", outName + " is not the lead"
                + " practitioner for " + child.displayName() + (theirs.isEmpty() ? "." : ". Choose from the children they"
                + " lead for: " + theirs + "."));
    }

    /**
     * Refuses a second handover for a child who has one not yet in effect.
     *
     * @param openForChild the child's open handovers ({@link #FIND_OPEN_FOR_CHILD}), read with the child locked
     */
    public static void ensureNoOtherOpenHandover(Child child, List<LeadHandover> openForChild) {
        if (!openForChild.isEmpty()) {
            LeadHandover other = openForChild.get(0);
            boolean agreed = other.status == HandoverStatus.AGREED;
            throw new RuleViolation("assignment.handover-already-planned.conflict", "children", "A handover of "
                    + child.displayName() + " to " + other.incoming.getPractitioner().displayName() + " is already "
                    + (agreed ? "agreed for " + Checks.date(other.leadChangesOn) : "planned for "
                    + Checks.date(other.effectiveDate)) + ". A child has one handover at a time: wait for it to"
                    + (agreed ? " take effect" : " be agreed") + ", or withdraw it first.");
        }
    }

    /**
     * The incoming appointment is accepted, agreed and has the family's wish: it is confirmed, and the lead changes
     * on the effective date, or on {@code today} if that date has passed (the outgoing lead led meanwhile). The
     * outgoing lead's covers of the handed-over children end that day and the incoming lead's begin it. The service
     * calls this instead of {@link LeadAppointment#confirm}, with the children locked, and then checks, as for any
     * confirmation, that no other confirmed cover overlaps the incoming one.
     *
     * @return the day the lead changes
     */
    public LocalDate confirmIncoming(LocalDate today, Instant at) {
        if (status != HandoverStatus.PLANNED) {
            throw new IllegalStateException("Handover " + this + " is " + status + ", not planned");
        }
        if (!incoming.isReadyToConfirm()) {
            throw new IllegalStateException("Not ready to confirm: " + incoming.nextStep(today));
        }
        LocalDate on = effectiveDate.isBefore(today) ? today : effectiveDate;
        List<LeadCoverage> ending = new ArrayList<>();
        for (Child child : getChildren()) {
            LeadCoverage cover = outgoing.getStatus() != AppointmentStatus.CONFIRMED ? null
                    : outgoing.coverageOf(child).filter(v -> v.getUntilDate() == null && v.getFromDate().isBefore(on))
                            .orElse(null);
            if (cover == null) {
                throw new RuleViolation("assignment.handover-outgoing-changed.conflict", null, outgoing.getPractitioner()
                        .displayName() + " no longer leads for " + child.displayName() + " (the appointment is "
                        + outgoing.getStatus().label().toLowerCase(Locale.UK) + "), so this handover cannot take effect."
                        + " Reload the case to see what changed.");
            }
            ending.add(cover);
        }
        ending.forEach(v -> v.endOn(on));
        LocalDate from = incoming.confirm(today, at);
        if (!from.equals(on)) {
            throw new IllegalStateException("The incoming lead starts on " + from + ", the outgoing lead ends on " + on);
        }
        this.leadChangesOn = on;
        this.status = HandoverStatus.AGREED;
        this.agreedAt = at;
        return on;
    }

    /** Whether the handover is due to be {@link #complete completed}: agreed, and its day has come. */
    public boolean isDue(LocalDate today) {
        return status == HandoverStatus.AGREED && !today.isBefore(leadChangesOn);
    }

    /**
     * The day has come: the handover is completed, and the outgoing appointment ends if every one of its covers has
     * ended by now (it handed over all its children). The service then ends the outgoing practitioner's LEAD
     * membership of the case unless they still lead another child.
     *
     * @return whether the outgoing appointment ended
     */
    public boolean complete(LocalDate today, Instant at) {
        if (!isDue(today)) {
            throw new IllegalStateException("Handover " + this + " is " + status + ", lead changes on " + leadChangesOn);
        }
        this.status = HandoverStatus.COMPLETED;
        this.completedAt = at;
        return outgoing.endIfNoChildLeft(today);
    }

    /**
     * Whether the incoming lead leads the handed-over children on {@code date}: the handover is agreed or completed
     * and the date is on or after the day the lead changes. Before then (and whenever it is planned, withdrawn or fell
     * through) the outgoing lead does.
     */
    public boolean isInEffectOn(LocalDate date) {
        return (status == HandoverStatus.AGREED || status == HandoverStatus.COMPLETED) && !date.isBefore(leadChangesOn);
    }

    /**
     * Records the day the outgoing lead told the family. Only the outgoing lead records it, or the early help
     * coordinator ({@code byCoordinator}, when the service allows it); once; the day not in the future.
     */
    public void recordFamilyTold(Practitioner by, boolean byCoordinator, LocalDate on, LocalDate today, Instant at) {
        checkNotice(by, byCoordinator, on, today, familyToldOn, "familyToldOn", "the family");
        this.familyToldOn = on;
        this.familyToldRecordedBy = by;
        this.familyToldRecordedAt = at;
    }

    /** Records the day the outgoing lead told the network (the practitioners around the family); as {@link #recordFamilyTold}. */
    public void recordNetworkTold(Practitioner by, boolean byCoordinator, LocalDate on, LocalDate today, Instant at) {
        checkNotice(by, byCoordinator, on, today, networkToldOn, "networkToldOn", "the network");
        this.networkToldOn = on;
        this.networkToldRecordedBy = by;
        this.networkToldRecordedAt = at;
    }

    private void checkNotice(Practitioner by, boolean byCoordinator, LocalDate on, LocalDate today, LocalDate already,
            String field, String whom) {
        if (status == HandoverStatus.WITHDRAWN || status == HandoverStatus.FELL_THROUGH) {
            throw new RuleViolation("assignment.handover-not-open", null, "This handover " + (status == HandoverStatus.WITHDRAWN
                    ? "was withdrawn" : "fell through") + ", so there is nothing to tell " + whom + " about it.");
        }
        Practitioner out = outgoing.getPractitioner();
        if (!out.equals(by) && !byCoordinator) {
            throw new RuleViolation("assignment.handover-notice-not-yours", null, "Only " + out.displayName()
                    + ", the outgoing lead practitioner, records telling " + whom + " (or the early help coordinator, for"
                    + " them).");
        }
        if (already != null) {
            throw new RuleViolation("assignment.handover-already-told", field, "Telling " + whom + " was recorded for "
                    + Checks.date(already) + ". Nothing to do.");
        }
        Checks.present(on, "assignment.handover-told-on-required", field, "Enter the date " + whom + " was told.");
        if (on.isAfter(today)) {
            throw new RuleViolation("assignment.handover-told-on-future", field, "The date " + Checks.date(on)
                    + " is in the future. Record telling " + whom + " once it is done, with the day it was done.");
        }
        if (on.isBefore(earlyHelpCase.getOpenedOn())) {
            throw new RuleViolation("assignment.handover-told-before-opening", field, "The date " + Checks.date(on)
                    + " is before the case opened (" + Checks.date(earlyHelpCase.getOpenedOn()) + "). Enter the day "
                    + whom + " was told.");
        }
    }

    /**
     * Calls the handover off before it takes effect, with a reason; the outgoing lead stays the lead. While planned,
     * the incoming proposal is withdrawn with it; once agreed (before the day the lead changes) the outgoing lead's
     * covers last again and the incoming appointment is withdrawn, its covers never beginning (the service then ends
     * the incoming practitioner's LEAD membership from that day). Refused once the lead has changed: plan a new
     * handover instead.
     */
    public void withdraw(Practitioner by, String why, LocalDate today, Instant at) {
        if (!status.isOpen() || status == HandoverStatus.AGREED && !today.isBefore(leadChangesOn)) {
            throw new RuleViolation("assignment.handover-not-open", null, status.isOpen()
                    ? "The handover took effect on " + Checks.date(leadChangesOn) + ": " + incoming.getPractitioner()
                            .displayName() + " is the lead now. To change the lead again, plan a new handover."
                    : "This handover is " + status.label().toLowerCase(Locale.UK) + ", so it cannot be withdrawn.");
        }
        String text = Checks.required(why, TEXT_MAX, "assignment.handover-withdraw-reason", "reason",
                "why the handover is withdrawn");
        Practitioner who = Checks.present(by, "assignment.proposed-by-required", null, "Sign in as a practitioner.");
        String forIncoming = "The handover from " + outgoing.getPractitioner().displayName() + " was withdrawn: " + text;
        if (status == HandoverStatus.PLANNED) {
            incoming.withdraw(who, truncate(forIncoming), at);
        } else {
            for (Child child : getChildren()) {
                outgoing.coverageOf(child).filter(v -> leadChangesOn.equals(v.getUntilDate())).ifPresent(LeadCoverage::reopen);
            }
            incoming.withdrawBeforeStart(who, truncate(forIncoming), today, at);
        }
        close(HandoverStatus.WITHDRAWN, who, text, at);
    }

    /**
     * The incoming appointment was declined or withdrawn through its own workflow (or with the case ending): the
     * handover falls through, and the outgoing lead stays the lead. The service calls this when it closes an
     * appointment that {@link #FIND_BY_INCOMING} links to a planned handover.
     */
    public void incomingClosed(Instant at) {
        AppointmentStatus s = incoming.getStatus();
        if (status != HandoverStatus.PLANNED || s != AppointmentStatus.DECLINED && s != AppointmentStatus.WITHDRAWN) {
            throw new IllegalStateException("Handover " + this + " is " + status + ", incoming " + s);
        }
        close(HandoverStatus.FELL_THROUGH, incoming.getClosedBy(), truncate(incoming.getPractitioner().displayName()
                + "'s appointment was " + s.label().toLowerCase(Locale.UK) + ": " + incoming.getClosingReason()), at);
    }

    private void close(HandoverStatus newStatus, Practitioner by, String why, Instant at) {
        this.status = newStatus;
        this.closedBy = by;
        this.closedAt = at;
        this.closingReason = why;
    }

    private static String truncate(String text) {
        return text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX - 1) + "…";
    }

    /** What has to happen next, in a sentence or two. */
    public String nextStep(LocalDate today) {
        String out = outgoing.getPractitioner().displayName();
        String in = incoming.getPractitioner().displayName();
        String step = switch (status) {
            case PLANNED -> "Handover to " + in + " planned for " + Checks.date(effectiveDate) + ": "
                    + incoming.nextStep(today) + (effectiveDate.isBefore(today) ? " " + out
                    + " remains the lead until it is agreed." : "");
            case AGREED -> today.isBefore(leadChangesOn)
                    ? "Agreed: " + in + " leads from " + Checks.date(leadChangesOn) + "; " + out + " remains the lead until then."
                    : in + " leads since " + Checks.date(leadChangesOn) + ".";
            case COMPLETED -> "Completed: " + in + " leads since " + Checks.date(leadChangesOn) + ".";
            case WITHDRAWN, FELL_THROUGH -> status.label() + ": " + closingReason;
        };
        if (status == HandoverStatus.WITHDRAWN || status == HandoverStatus.FELL_THROUGH) {
            return step;
        }
        List<String> untold = new ArrayList<>();
        if (familyToldOn == null) {
            untold.add("the family");
        }
        if (networkToldOn == null) {
            untold.add("the network");
        }
        return untold.isEmpty() ? step
                : step + " " + out + " has still to record telling " + String.join(" and ", untold) + ".";
    }

    /** The handed-over children (those the incoming appointment covers), in id order. */
    public List<Child> getChildren() {
        return incoming.getCoverages().stream().map(LeadCoverage::getChild)
                .sorted(Comparator.comparing(Child::getId, Comparator.nullsLast(Long::compare))).toList();
    }

    public EarlyHelpCase getEarlyHelpCase() {
        return earlyHelpCase;
    }

    public LeadAppointment getOutgoing() {
        return outgoing;
    }

    public LeadAppointment getIncoming() {
        return incoming;
    }

    public HandoverStatus getStatus() {
        return status;
    }

    /** The date agreed at the meeting. */
    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    /** The day the lead changes (the effective date, or later if the incoming lead was confirmed after it); set once agreed. */
    public LocalDate getLeadChangesOn() {
        return leadChangesOn;
    }

    public HandoverReason getReason() {
        return reason;
    }

    public String getReasonDetail() {
        return reasonDetail;
    }

    public HandoverMeeting getMeeting() {
        return meeting;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getMeetingNote() {
        return meetingNote;
    }

    public Practitioner getPlannedBy() {
        return plannedBy;
    }

    public Instant getPlannedAt() {
        return plannedAt;
    }

    public Instant getAgreedAt() {
        return agreedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public LocalDate getFamilyToldOn() {
        return familyToldOn;
    }

    public Practitioner getFamilyToldRecordedBy() {
        return familyToldRecordedBy;
    }

    public Instant getFamilyToldRecordedAt() {
        return familyToldRecordedAt;
    }

    public LocalDate getNetworkToldOn() {
        return networkToldOn;
    }

    public Practitioner getNetworkToldRecordedBy() {
        return networkToldRecordedBy;
    }

    public Instant getNetworkToldRecordedAt() {
        return networkToldRecordedAt;
    }

    public Practitioner getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosingReason() {
        return closingReason;
    }
}
