package org.leadpractitioner.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.leadpractitioner.domain.assignment.AppointmentStatus;
import org.leadpractitioner.domain.assignment.Designation;
import org.leadpractitioner.domain.assignment.FamilyWish;
import org.leadpractitioner.domain.assignment.RuleStrength;
import org.leadpractitioner.domain.assignment.Verdict;

/** Read models of the assignment boundary (pages call the record accessors, e.g. {@code #{f.rule()}}). */
public final class AppointmentViews {

    private AppointmentViews() {
    }

    /** One rule's verdict, explained. */
    public record Finding(String rule, String title, RuleStrength strength, Verdict verdict, String verdictLabel,
            Long childId, String childName, String explanation, String source) {
    }

    /** The dry run's answer. */
    public record CheckResult(long practitionerId, String practitionerName, Designation designation, boolean allowed,
            boolean justificationRequired, List<Finding> findings) {
    }

    public record Person(long id, String name, String role, String agency) {
    }

    public record ChildRef(long id, String name) {
    }

    public record AppointmentView(long id, long version, long caseId, String caseReference, Person lead,
            Designation designation, String designationLabel, Person contingency, List<ChildRef> children,
            AppointmentStatus status, String statusLabel, String nextStep, LocalDate effectiveFrom, String proposedBy,
            Instant proposedAt, boolean atTaf, LocalDate tafDate, String justification, String severalLeadsReason,
            Instant acceptedAt, String lineManager, String managerAgreedBy, Instant managerAgreedAt, FamilyWish familyWish,
            String familyAskedFor, boolean familyWishMet, String familyWishNotMetReason, Instant confirmedAt,
            String closingReason, List<Finding> findings, boolean callerMayAccept, boolean callerMayAgree,
            boolean callerMayDecline, boolean callerMayWithdraw) {
    }

    /** A line in "waiting for me" and the case's pending list. */
    public record AppointmentSummary(long id, long caseId, String caseReference, String leadName, String children,
            String designationLabel, AppointmentStatus status, String nextStep, Instant proposedAt) {
    }

    /** Who leads for a child (now, or from a date), and what needs attention. */
    public record ChildLead(long childId, String childName, Long appointmentId, String leadName, String leadRole,
            String designationLabel, LocalDate since, String contingencyName, List<String> flags) {
    }

    /** One period of a child's leads. */
    public record LeadPeriod(long childId, String childName, long appointmentId, String leadName, String designationLabel,
            LocalDate from, LocalDate until) {
    }

    /** The case's lead panel. */
    public record LeadPanel(long caseId, String caseReference, boolean caseOpen, List<ChildLead> children,
            List<AppointmentSummary> pending, List<LeadPeriod> history) {
    }

    /** A case the caller leads. */
    public record LedCase(long caseId, String caseReference, String familyName, String children, String designationLabel,
            LocalDate since) {
    }

    /** One criterion's outcome for a candidate lead, in a sentence. */
    public record CandidateReason(String criterion, String criterionLabel, String effect, String effectLabel, String text) {
    }

    /** A practitioner who could lead, with their place in the ranking and every reason for it. */
    public record Candidate(int rank, long practitionerId, String name, String role, String agency, boolean allowed,
            List<CandidateReason> reasons) {
    }

    /** The ranked candidates for children of a case, and how the ranking works, in words. */
    public record Candidates(long caseId, Designation designation, List<ChildRef> children, List<String> criteria,
            List<Candidate> candidates) {
    }

    /** A planned change of lead practitioner, with what happens next and what the caller may do. */
    public record HandoverView(long id, long version, long caseId, String caseReference,
            org.leadpractitioner.domain.assignment.HandoverStatus status, String statusLabel, Person outgoing,
            long outgoingAppointmentId, Person incoming, long incomingAppointmentId, List<ChildRef> children,
            LocalDate effectiveDate, LocalDate leadChangesOn, org.leadpractitioner.domain.assignment.HandoverReason reason,
            String reasonLabel, String reasonDetail, org.leadpractitioner.domain.assignment.HandoverMeeting meeting,
            String meetingLabel, LocalDate meetingDate, String meetingNote, String plannedBy, Instant plannedAt,
            LocalDate familyToldOn, LocalDate networkToldOn, String closingReason, String nextStep,
            boolean callerMayRecordNotice, boolean callerMayWithdraw) {
    }
}
