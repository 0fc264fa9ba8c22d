package org.leadpractitioner.domain.training;

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
import java.time.LocalDate;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.core.EarlyHelpCase;
import org.leadpractitioner.domain.core.Practitioner;

/**
 * A decision about a case made in supervision, recorded on the case as a note marked as supervision and approved by
 * the supervisor. Unlike the rest of the supervision record it is shown to everyone entitled to see the case: the
 * decision, the date of the session and who approved it, never the discussion around it. Created when the session is
 * {@link SupervisionSession#sign signed}; never changed afterwards (a later decision is a later note).
 */
@Entity
@Table(name = "supervision_case_note")
@NamedQueries({
    @NamedQuery(name = SupervisionCaseNote.FIND_BY_CASE,
            query = "SELECT n FROM SupervisionCaseNote n JOIN FETCH n.approvedBy WHERE n.earlyHelpCase.id = :caseId"
                    + " ORDER BY n.decidedOn DESC, n.id DESC"),
    @NamedQuery(name = SupervisionCaseNote.COUNT_BY_CASE,
            query = "SELECT COUNT(n) FROM SupervisionCaseNote n WHERE n.earlyHelpCase.id = :caseId"),
    @NamedQuery(name = SupervisionCaseNote.FIND_BY_SESSION,
            query = "SELECT n FROM SupervisionCaseNote n JOIN FETCH n.earlyHelpCase WHERE n.session.id = :sessionId"
                    + " ORDER BY n.id")
})
public class SupervisionCaseNote extends BaseEntity {

    /** Parameter {@code caseId}: the case's supervision decisions, newest first, with who approved them; page it. */
    public static final String FIND_BY_CASE = "SupervisionCaseNote.findByCase";
    /** Parameter {@code caseId}. */
    public static final String COUNT_BY_CASE = "SupervisionCaseNote.countByCase";
    /** Parameter {@code sessionId}: the notes a signed session produced, with their cases. */
    public static final String FIND_BY_SESSION = "SupervisionCaseNote.findBySession";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private EarlyHelpCase earlyHelpCase;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private SupervisionSession session;

    /** The same column as {@link #session}, read without loading the session. */
    @Column(name = "session_id", insertable = false, updatable = false)
    private Long sessionId;

    @NotNull
    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @NotBlank
    @Size(max = CaseDiscussion.DECISION_MAX)
    @Column(name = "decision", nullable = false, length = CaseDiscussion.DECISION_MAX, updatable = false)
    private String decision;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "approved_by_id", nullable = false, updatable = false)
    private Practitioner approvedBy;

    @NotNull
    @Column(name = "approved_at", nullable = false, updatable = false)
    private Instant approvedAt;

    protected SupervisionCaseNote() {
    }

    SupervisionCaseNote(SupervisionSession session, CaseDiscussion discussion, Instant at) {
        this.earlyHelpCase = discussion.getEarlyHelpCase();
        this.session = session;
        this.decidedOn = session.getHeldOn();
        this.decision = discussion.getDecision();
        this.approvedBy = session.getSupervisor();
        this.approvedAt = at;
    }

    public EarlyHelpCase getEarlyHelpCase() {
        return earlyHelpCase;
    }

    /**
     * The session's id: a reference to the supervision record, which most readers of the case may not open. Read from
     * the note's own column, so listing notes does not load their sessions.
     */
    public Long getSessionId() {
        return sessionId != null ? sessionId : session.getId();
    }

    /** The day of the supervision session. */
    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecision() {
        return decision;
    }

    /** The supervisor who signed the record. */
    public Practitioner getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }
}
