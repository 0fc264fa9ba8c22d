package org.leadpractitioner.domain.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.Checks;
import org.leadpractitioner.domain.core.FamilyMember;
import org.leadpractitioner.domain.core.Practitioner;

/**
 * One person invited to a TAF meeting: a practitioner or a member of the family (exactly one of the two). Holds their
 * attendance, the written report an agency sends when it cannot attend, their own 0-10 scaling if they gave one, the
 * last invitation sent to them (its iCalendar sequence and whether the mail went), and when and how they received the
 * record of the meeting.
 */
@Entity
@Table(name = "taf_invitee")
public class MeetingInvitee extends BaseEntity {

    public static final int REPORT_MAX = 8000;
    public static final int DELIVERY_MAX = 200;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private TafMeeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "practitioner_id", updatable = false)
    private Practitioner practitioner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "family_member_id", updatable = false)
    private FamilyMember familyMember;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "attendance", nullable = false, length = 20)
    private Attendance attendance = Attendance.NOT_RECORDED;

    @Size(max = REPORT_MAX)
    @Column(name = "written_report", length = REPORT_MAX)
    private String writtenReport;

    @Min(0)
    @Max(10)
    @Column(name = "scaling")
    private Integer scaling;

    @Column(name = "invited_sequence")
    private Integer invitedSequence;

    @Size(max = DELIVERY_MAX)
    @Column(name = "invitation_delivery", length = DELIVERY_MAX)
    private String invitationDelivery;

    @Column(name = "invitation_sent_at")
    private Instant invitationSentAt;

    @Column(name = "circulated_on")
    private LocalDate circulatedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "circulation_method", length = 20)
    private CirculationMethod circulationMethod;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "circulated_by_id")
    private Practitioner circulatedBy;

    @Column(name = "circulation_recorded_at")
    private Instant circulationRecordedAt;

    protected MeetingInvitee() {
    }

    MeetingInvitee(TafMeeting meeting, Practitioner practitioner, FamilyMember familyMember) {
        if ((practitioner == null) == (familyMember == null)) {
            throw new IllegalArgumentException("An invitee is a practitioner or a family member");
        }
        this.meeting = Objects.requireNonNull(meeting);
        this.practitioner = practitioner;
        this.familyMember = familyMember;
    }

    /** The name people see. */
    public String displayName() {
        return practitioner != null ? practitioner.displayName() : familyMember.displayName();
    }

    /** The address invitations go to, or {@code null} (a family member without email gets theirs another way). */
    public String email() {
        return practitioner != null ? practitioner.getEmail() : familyMember.getEmail();
    }

    public boolean isFamily() {
        return familyMember != null;
    }

    /** Whether this invitee is {@code p}. */
    public boolean is(Practitioner p) {
        return practitioner != null && practitioner.equals(p);
    }

    /** Whether this invitee is {@code m}. */
    public boolean is(FamilyMember m) {
        return familyMember != null && familyMember.equals(m);
    }

    void recordAttendance(Attendance value, String report, Integer ownScaling) {
        this.attendance = Checks.present(value, "meeting.attendance-required", "attendance",
                "Choose whether " + displayName() + " attended, sent apologies or did not attend.");
        this.writtenReport = Checks.optional(report, REPORT_MAX, "meeting.report", "writtenReport",
                displayName() + "'s written report");
        this.scaling = TafMeeting.checkScaling(ownScaling, "scaling", displayName() + "'s scaling");
    }

    /** Notes the invitation (or its update or cancellation) sent to this invitee and what the mail server said. */
    public void invitationSent(int sequence, String delivery, Instant at) {
        this.invitedSequence = sequence;
        this.invitationDelivery = delivery == null ? null
                : delivery.length() > DELIVERY_MAX ? delivery.substring(0, DELIVERY_MAX) : delivery;
        this.invitationSentAt = at;
    }

    void recordCirculation(LocalDate on, CirculationMethod method, Practitioner by, LocalDate heldOn, LocalDate today,
            Instant now) {
        Checks.present(on, "meeting.circulated-on-required", "circulatedOn", "Enter the date " + displayName()
                + " was sent the record.");
        Checks.present(method, "meeting.circulation-method-required", "method", "Choose how " + displayName()
                + " was sent the record.");
        if (on.isBefore(heldOn)) {
            throw new RuleViolation("meeting.circulated-before-meeting", "circulatedOn", "The record cannot have been sent"
                    + " on " + Checks.date(on) + ", before the meeting on " + Checks.date(heldOn) + ". Check the date.");
        }
        if (on.isAfter(today)) {
            throw new RuleViolation("meeting.circulated-in-future", "circulatedOn", Checks.date(on) + " is in the future."
                    + " Record circulation once the record has been sent.");
        }
        this.circulatedOn = on;
        this.circulationMethod = method;
        this.circulatedBy = by;
        this.circulationRecordedAt = now;
    }

    public TafMeeting getMeeting() {
        return meeting;
    }

    public Practitioner getPractitioner() {
        return practitioner;
    }

    public FamilyMember getFamilyMember() {
        return familyMember;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public String getWrittenReport() {
        return writtenReport;
    }

    public Integer getScaling() {
        return scaling;
    }

    public Integer getInvitedSequence() {
        return invitedSequence;
    }

    public String getInvitationDelivery() {
        return invitationDelivery;
    }

    public Instant getInvitationSentAt() {
        return invitationSentAt;
    }

    public LocalDate getCirculatedOn() {
        return circulatedOn;
    }

    public CirculationMethod getCirculationMethod() {
        return circulationMethod;
    }

    public Practitioner getCirculatedBy() {
        return circulatedBy;
    }

    public Instant getCirculationRecordedAt() {
        return circulationRecordedAt;
    }
}
