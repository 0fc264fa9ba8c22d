package org.leadpractitioner.domain.training;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.Checks;

/**
 * The evidence document of a completed course (a certificate, an attendance letter): at most one per
 * {@link TrainingRecord}, replaced by deleting the old one. Kept apart from the record so that listing a training
 * record never reads file contents; the contents are also loaded lazily.
 *
 * <p>Only PDF, PNG, JPEG and Word (.docx) files up to {@value #MAX_BYTES} bytes are accepted. The column is
 * {@code BYTEA} on both databases (H2 reads it as a variable binary of up to 1 GB).
 */
@Entity
@Table(name = "training_evidence")
@NamedQueries({
    @NamedQuery(name = TrainingEvidence.FIND_BY_RECORD,
            query = "SELECT e FROM TrainingEvidence e WHERE e.trainingRecord.id = :recordId"),
    @NamedQuery(name = TrainingEvidence.FIND_SUMMARIES_FOR_RECORDS,
            query = "SELECT e.trainingRecord.id, e.id, e.fileName, e.contentType, e.sizeBytes, e.uploadedAt"
                    + " FROM TrainingEvidence e WHERE e.trainingRecord.id IN :recordIds")
})
public class TrainingEvidence extends BaseEntity {

    /** Parameter {@code recordId}: the document of a training record, if any (its contents load when read). */
    public static final String FIND_BY_RECORD = "TrainingEvidence.findByRecord";
    /**
     * Parameter {@code recordIds} (a collection): for each record that has a document, without the contents, rows of
     * {@code [Long recordId, Long evidenceId, String fileName, String contentType, Long sizeBytes, Instant uploadedAt]}.
     */
    public static final String FIND_SUMMARIES_FOR_RECORDS = "TrainingEvidence.findSummariesForRecords";

    public static final int FILE_NAME_MAX = 255;
    public static final int CONTENT_TYPE_MAX = 100;
    /** 5 MB: a scanned certificate, not a video. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** Accepted content types and how they read in a message. */
    private static final Map<String, String> ACCEPTED = Map.of(
            "application/pdf", "PDF",
            "image/png", "PNG",
            "image/jpeg", "JPEG",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (.docx)");

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "training_record_id", nullable = false, updatable = false)
    private TrainingRecord trainingRecord;

    @NotBlank
    @Size(max = FILE_NAME_MAX)
    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX, updatable = false)
    private String fileName;

    @NotBlank
    @Size(max = CONTENT_TYPE_MAX)
    @Column(name = "content_type", nullable = false, length = CONTENT_TYPE_MAX, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @NotNull
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @NotNull
    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected TrainingEvidence() {
    }

    /**
     * A document for a completed course. Any folder part of {@code fileName} (as some browsers send it) is dropped.
     * The service removes the record's previous document ({@value #FIND_BY_RECORD}) before persisting this one.
     */
    public static TrainingEvidence attach(TrainingRecord record, String fileName, String contentType, byte[] content,
            Instant at) {
        Checks.present(record, "training-evidence.record-required", null, "Choose the training record.");
        if (!record.isCompleted()) {
            throw new RuleViolation("training-evidence.not-completed", "file",
                    "Evidence is attached to a completed course. Record the completion first.");
        }
        String name = Checks.required(baseName(fileName), FILE_NAME_MAX, "training-evidence.file-name", "file",
                "the file name");
        String type = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        if (parameters >= 0) {
            type = type.substring(0, parameters).strip();
        }
        if (!ACCEPTED.containsKey(type)) {
            throw new RuleViolation("training-evidence.type-not-accepted", "file",
                    "'" + name + "' is not a PDF, PNG, JPEG or Word (.docx) file. Save or scan the evidence in one of"
                            + " these formats and upload it again.");
        }
        if (content == null || content.length == 0) {
            throw new RuleViolation("training-evidence.empty", "file", "'" + name + "' is empty. Choose the file again.");
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolation("training-evidence.too-large", "file",
                    "'" + name + "' is " + megabytes(content.length) + "; at most " + megabytes(MAX_BYTES)
                            + " can be uploaded. Reduce its size (for example scan at a lower resolution) and try again.");
        }
        TrainingEvidence e = new TrainingEvidence();
        e.trainingRecord = record;
        e.fileName = name;
        e.contentType = type;
        e.sizeBytes = content.length;
        e.content = content.clone();
        e.uploadedAt = Checks.present(at, "training-evidence.time-required", null, "The time is missing.");
        return e;
    }

    private static String baseName(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** How the document's format reads to a person, e.g. "PDF". */
    public String formatLabel() {
        return ACCEPTED.getOrDefault(contentType, contentType);
    }

    public TrainingRecord getTrainingRecord() {
        return trainingRecord;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    /** A copy of the file's bytes (loads them). */
    public byte[] getContent() {
        return content == null ? null : content.clone();
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
