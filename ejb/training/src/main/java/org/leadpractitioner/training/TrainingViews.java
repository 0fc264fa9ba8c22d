package org.leadpractitioner.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.leadpractitioner.domain.training.TrainingGaps;
import org.leadpractitioner.domain.training.TrainingNeedSource;
import org.leadpractitioner.domain.training.TrainingNeedStatus;
import org.leadpractitioner.domain.training.TrainingStatus;

/** What the training services return: plain records, safe to serialise and to use after the transaction. */
public final class TrainingViews {

    private TrainingViews() {
    }

    /** A course of the catalogue; {@code areas} are the labels of the common-core areas it covers. */
    public record CourseView(long id, long version, String title, String provider, int durationMinutes,
            List<String> areaCodes, List<String> areas, boolean mandatoryForLead, Integer refreshMonths, boolean active,
            String description) {
    }

    /** A course on a practitioner's record: booked, completed (with its expiry) or cancelled. */
    public record RecordView(long id, long version, long courseId, String courseTitle, TrainingStatus status,
            String statusLabel, LocalDate bookedFor, LocalDate completedOn, LocalDate expiresOn, boolean expired,
            String provider, String notes, Evidence evidence) {
    }

    /** The document attached to a completion (its content is fetched on its own). */
    public record Evidence(long id, String fileName, String contentType, long sizeBytes, Instant uploadedAt) {
    }

    /** A training or development need: from supervision or elsewhere; open, met or withdrawn. */
    public record NeedView(long id, long version, String description, Long courseId, String courseTitle,
            LocalDate raisedOn, TrainingNeedSource source, String sourceLabel, Long sessionId, TrainingNeedStatus status,
            String statusLabel, Long metByRecordId, LocalDate closedOn, String closingNote) {
    }

    /** One gap: a mandatory course never done, expired or expiring, or an open need. */
    public record GapView(TrainingGaps.Kind kind, String kindLabel, Long courseId, String courseTitle, Long needId,
            LocalDate date, LocalDate bookedFor, boolean blocksLeadRole, String message) {
    }

    /** A practitioner's development record: their courses, needs and gaps today. */
    public record DevelopmentRecord(long practitionerId, String name, String role, String agency, String lineManager,
            boolean trainedForLeadRole, List<RecordView> records, List<NeedView> needs, List<GapView> gaps,
            boolean callerMayChange) {
    }

    /** Whether a practitioner has the training the lead role needs (for other areas of the system). */
    public record LeadRoleTraining(long practitionerId, String name, boolean trainedForLeadRole, List<String> missing) {
    }

    /** One practitioner's gaps, in a supervisor's team view. */
    public record TeamGaps(long practitionerId, String name, String role, boolean trainedForLeadRole, List<GapView> gaps) {
    }

    /** A supervision policy and whom it covers. */
    public record PolicyView(long id, long version, Long agencyId, String agency, String role, String roleLabel,
            boolean newlyQualified, int frequencyAmount, String frequencyUnit, String frequencyLabel,
            int expectedDurationMinutes, String scope) {
    }
}
