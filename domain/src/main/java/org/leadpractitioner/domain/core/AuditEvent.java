package org.leadpractitioner.domain.core;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One line of the audit trail: who viewed, changed, exported (or was refused) which record, when and from
 * where. Append-only: no setters, no version, and updates or deletes through JPA are refused.
 * Over-long detail and source address are cut to the column size rather than losing the event.
 */
@Entity
@Table(name = "audit_event")
@NamedQueries({
    @NamedQuery(name = AuditEvent.FIND_BY_CHILD,
            query = "SELECT e FROM AuditEvent e WHERE e.childId = :childId ORDER BY e.at DESC, e.id DESC"),
    @NamedQuery(name = AuditEvent.FIND_BY_CASE,
            query = "SELECT e FROM AuditEvent e WHERE e.caseId = :caseId ORDER BY e.at DESC, e.id DESC"),
    @NamedQuery(name = AuditEvent.FIND_BY_USERNAME_BETWEEN,
            query = "SELECT e FROM AuditEvent e WHERE e.username = :username AND e.at >= :from AND e.at < :to"
                    + " ORDER BY e.at DESC, e.id DESC")
})
public class AuditEvent {

    /** Parameter {@code childId}: newest first; page it. */
    public static final String FIND_BY_CHILD = "AuditEvent.findByChild";
    /** Parameter {@code caseId}: newest first; page it. */
    public static final String FIND_BY_CASE = "AuditEvent.findByCase";
    /** Parameters {@code username}, {@code from}, {@code to} (Instants; from included, to excluded); page it. */
    public static final String FIND_BY_USERNAME_BETWEEN = "AuditEvent.findByUsernameBetween";

    public static final int USERNAME_MAX = 100;
    public static final int RECORD_TYPE_MAX = 50;
    public static final int DETAIL_MAX = 1000;
    public static final int SOURCE_ADDRESS_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lp_seq")
    @SequenceGenerator(name = "lp_seq", sequenceName = "lp_seq", allocationSize = 50)
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @NotNull
    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @NotBlank
    @Size(max = USERNAME_MAX)
    @Column(name = "username", nullable = false, length = USERNAME_MAX, updatable = false)
    private String username;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 40, updatable = false)
    private AuditAction action;

    @NotBlank
    @Size(max = RECORD_TYPE_MAX)
    @Column(name = "record_type", nullable = false, length = RECORD_TYPE_MAX, updatable = false)
    private String recordType;

    @Column(name = "record_id", updatable = false)
    private Long recordId;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "child_id", updatable = false)
    private Long childId;

    @Size(max = DETAIL_MAX)
    @Column(name = "detail", length = DETAIL_MAX, updatable = false)
    private String detail;

    @Size(max = SOURCE_ADDRESS_MAX)
    @Column(name = "source_address", length = SOURCE_ADDRESS_MAX, updatable = false)
    private String sourceAddress;

    protected AuditEvent() {
    }

    /**
     * An audit event.
     *
     * @param at            when it happened
     * @param username      who (the login name; e.g. "anonymous" for a refused request without one)
     * @param recordType    the kind of record, e.g. "Child", "EarlyHelpCase", "Family"
     * @param recordId      the record's id; {@code null} for a list or export not about one record
     * @param caseId        the case concerned, if any
     * @param childId       the child concerned, if any (a child's record trail is read by this)
     * @param detail        what, in words (cut to 1000 characters)
     * @param sourceAddress the client address (cut to 100 characters)
     */
    public AuditEvent(Instant at, String username, AuditAction action, String recordType, Long recordId,
            Long caseId, Long childId, String detail, String sourceAddress) {
        if (at == null || action == null) {
            throw new IllegalArgumentException("An audit event needs a time and an action");
        }
        if (username == null || username.isBlank() || recordType == null || recordType.isBlank()) {
            throw new IllegalArgumentException("An audit event needs a username and a record type");
        }
        this.at = at;
        this.username = cut(username.strip(), USERNAME_MAX);
        this.action = action;
        this.recordType = cut(recordType.strip(), RECORD_TYPE_MAX);
        this.recordId = recordId;
        this.caseId = caseId;
        this.childId = childId;
        this.detail = detail == null || detail.isBlank() ? null : cut(detail.strip(), DETAIL_MAX);
        this.sourceAddress = sourceAddress == null || sourceAddress.isBlank() ? null
                : cut(sourceAddress.strip(), SOURCE_ADDRESS_MAX);
    }

    /** An event happening now. */
    public static AuditEvent now(String username, AuditAction action, String recordType, Long recordId,
            Long caseId, Long childId, String detail, String sourceAddress) {
        return new AuditEvent(Instant.now(), username, action, recordType, recordId, caseId, childId, detail,
                sourceAddress);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    @PreUpdate
    @PreRemove
    void refuseChange() {
        throw new IllegalStateException("The audit trail is append-only: audit events are never changed or deleted");
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getChildId() {
        return childId;
    }

    public String getDetail() {
        return detail;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AuditEvent event)) {
            return false;
        }
        return id != null && id.equals(event.id);
    }

    @Override
    public int hashCode() {
        return AuditEvent.class.hashCode();
    }

    @Override
    public String toString() {
        return "AuditEvent#" + (id == null ? "new" : id) + " " + action + " " + recordType;
    }
}
