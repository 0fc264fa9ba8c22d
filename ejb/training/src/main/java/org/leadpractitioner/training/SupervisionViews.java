package org.leadpractitioner.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.leadpractitioner.domain.training.SupervisionActionStatus;
import org.leadpractitioner.domain.training.SupervisionStatus;
import org.leadpractitioner.domain.training.SupervisionType;

/** What the supervision service returns: plain records, safe to serialise and to use after the transaction. */
public final class SupervisionViews {

    private SupervisionViews() {
    }

    /** Someone in a supervision: id, name, role and agency. */
    public record Person(long id, String name, String role, String agency) {
    }

    /**
     * A member of a supervisor's team: their last and next session, when supervision is due under the policy that
     * applies to them, and whether it is overdue today.
     */
    public record TeamMember(long practitionerId, String name, String role, String agency, String supervisor,
            LocalDate lastHeldOn, LocalDate nextScheduledFor, Long nextSessionId, LocalDate dueOn, boolean overdue,
            long daysOverdue, String frequency, String policyBasis, String dueDescription) {
    }

    /** A session in a list. */
    public record SessionSummary(long id, long supervisorId, String supervisor, long superviseeId, String supervisee,
            SupervisionType type, String typeLabel, SupervisionStatus status, String statusLabel, LocalDate scheduledFor,
            LocalTime scheduledTime, LocalDate heldOn, Instant supervisorSignedAt) {
    }

    /** A case discussed in the session. */
    public record DiscussionView(long id, long caseId, String caseReference, String discussion, String reflection,
            String risk, String decision, String actions) {
    }

    /** An agreed action. */
    public record ActionView(long id, long version, String description, long ownerId, String owner, LocalDate dueOn,
            SupervisionActionStatus status, String statusLabel, LocalDate doneOn, boolean overdue) {
    }

    /** A training need identified in the session (a need on the training record once signed). */
    public record NeedItem(long id, String description, Long courseId, String courseTitle) {
    }

    /** A case the supervisee works on, which the session may discuss. */
    public record CaseOption(long caseId, String reference, String familyName) {
    }

    /** One supervision record, whole, with what the caller may do with it. */
    public record SessionView(long id, long version, Person supervisor, Person supervisee, SupervisionStatus status,
            String statusLabel, SupervisionType type, String typeLabel, LocalDate scheduledFor, LocalTime scheduledTime,
            LocalDate heldOn, Integer durationMinutes, int expectedDurationMinutes, String attendees, String workload,
            String interAgency, String wellbeing, Instant lastSavedAt, Instant supervisorSignedAt,
            Instant superviseeRespondedAt, String superviseeComment, String cancellationReason,
            List<DiscussionView> discussions, List<ActionView> actions, List<NeedItem> trainingNeeds,
            boolean callerIsSupervisor, boolean callerMayRecord, boolean callerMayRespond) {
    }

    /** A decision made in supervision, as it appears on the case. */
    public record CaseNoteView(long id, long caseId, String caseReference, LocalDate decidedOn, String decision,
            String approvedBy, Instant approvedAt) {
    }

    /** An agreed action past its due date. */
    public record OverdueAction(long id, long sessionId, String description, String owner, LocalDate dueOn,
            String supervisee, String supervisor) {
    }

    /**
     * What is drifting for a supervisor and in the teams of the supervisors they manage: supervision overdue under
     * policy, records not signed (scheduled sessions past their date, drafts), actions past their due date.
     */
    public record Drift(List<TeamMember> overdueSupervision, List<SessionSummary> unsigned,
            List<OverdueAction> overdueActions) {
    }

    /** One signed session in a practitioner's history for their file. */
    public record HistoryEntry(long id, LocalDate heldOn, String typeLabel, String supervisor, Integer durationMinutes,
            String statusLabel, String superviseeComment, int casesDiscussed, int actionsAgreed, int trainingNeeds) {
    }

    /** A practitioner's supervision and training history, for their file. */
    public record History(TrainingViews.DevelopmentRecord training, List<HistoryEntry> sessions, LocalDate producedOn,
            String producedBy) {
    }
}
