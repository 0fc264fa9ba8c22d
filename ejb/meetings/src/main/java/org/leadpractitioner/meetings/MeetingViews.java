package org.leadpractitioner.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.leadpractitioner.domain.meetings.ActionStatus;
import org.leadpractitioner.domain.meetings.Attendance;
import org.leadpractitioner.domain.meetings.CirculationMethod;
import org.leadpractitioner.domain.meetings.MeetingStatus;
import org.leadpractitioner.domain.meetings.MeetingType;
import org.leadpractitioner.domain.meetings.ReviewCadence;
import org.leadpractitioner.domain.meetings.ReviewDecision;

/** Read models of the meetings boundary. Local times are UK times; instants are UTC. */
public final class MeetingViews {

    private MeetingViews() {
    }

    /** A person in a meeting: a practitioner (with role and agency) or a member of the family. */
    public record Person(long id, boolean family, String name, String detail) {
    }

    public record InviteeView(long id, Person person, Attendance attendance, String attendanceLabel, String writtenReport,
            Integer scaling, Integer invitedSequence, String invitationDelivery, boolean hasEmail, LocalDate circulatedOn,
            CirculationMethod circulationMethod, String circulationMethodLabel) {
    }

    /** Another scheduled TAF an invitee is already invited to at an overlapping time (no details of that case). */
    public record Clash(String inviteeName, LocalDateTime starts, LocalDateTime ends, String message) {
    }

    public record ProgressView(Instant at, String by, String note, ActionStatus before, ActionStatus after) {
    }

    public record ActionView(long id, long version, long caseId, long meetingId, String description, String successMeasure,
            Long ownerPractitionerId, Long ownerFamilyMemberId, String ownerName, LocalDate dueOn, ActionStatus status,
            String statusLabel, boolean overdue, LocalDate completedOn, List<ProgressView> progress) {
    }

    public record MeetingView(long id, long version, long caseId, String caseReference, String familyName, MeetingType type,
            String typeLabel, MeetingStatus status, String statusLabel, Instant startsAt, Instant endsAt,
            LocalDateTime starts, LocalDateTime ends, String when, String venue, String onlineLink, Person chair,
            Person minuteTaker, Person organiser, int sequence, String cancelReason, List<InviteeView> invitees,
            String minutes, String worries, String workingWell, String needsToHappen, Integer scaling,
            String familyViews, String childViews, ReviewDecision decision, String decisionLabel, String decisionNote,
            String sustainabilityPlan, ReviewCadence cadence, LocalDate nextReviewOn, Instant recordedAt,
            LocalDate circulationDueOn, LocalDate circulatedOn, boolean circulationOverdue, Long handoverId,
            List<ActionView> actions, List<Clash> clashes, boolean canChange, boolean canRecord) {
    }

    /**
     * Who can be invited to a case's meeting: the case's team (practitioners of agencies within the family's consent
     * marked {@code withinConsent}) and the members of the family; {@code leadIds} are its leads today.
     */
    public record Invitable(long caseId, String caseReference, String familyName, List<Person> practitioners,
            List<Long> withinConsent, List<Long> leadIds, List<Person> familyMembers, List<String> sharingAgencies) {
    }

    /** One meeting on a calendar. */
    public record CalendarEntry(long id, long caseId, String caseReference, String title, Instant startsAt, Instant endsAt,
            LocalDateTime starts, LocalDateTime ends, MeetingStatus status, String venue) {
    }

    /** A case's meetings and plan at a glance. */
    public record CasePlan(long caseId, String caseReference, ReviewCadence cadence, LocalDate nextReviewOn,
            boolean reviewOverdue, LocalDate endedOn, ReviewDecision endDecision, List<CalendarEntry> meetings,
            List<ActionView> actions) {
    }

    /** A draft of the record kept as the author types; {@code stale} when the record was saved since it began. */
    public record DraftView(String minutes, String worries, String workingWell, String needsToHappen, String scaling,
            Instant savedAt, boolean stale) {
    }

    /** Which drift. */
    public enum DriftKind {
        OVERDUE_REVIEW("Review overdue"),
        OVERDUE_ACTION("Action overdue"),
        UNCIRCULATED_RECORD("Record not circulated");

        private final String label;

        DriftKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One item of drift: its kind, the case, what is late and since when ({@code dueOn}; {@code daysLate} calendar
     * days), who leads the case, and the record to open ({@code meetingId} or {@code actionId}).
     */
    public record DriftItem(DriftKind kind, String kindLabel, long caseId, String caseReference, String familyName,
            String what, LocalDate dueOn, long daysLate, String leadNames, Long meetingId, Long actionId) {
    }
}
