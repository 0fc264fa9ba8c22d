package org.leadpractitioner.domain.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.Checks;
import org.leadpractitioner.domain.core.EarlyHelpCase;
import org.leadpractitioner.domain.core.Practitioner;

/**
 * Casework discussed in a supervision session: one case the supervisee works on, with what was discussed (progress and
 * problem solving), the supervisee's reflection, the risk, the decision if one was made, and the actions for the case.
 * Part of the private supervision record; only the decision becomes visible on the case, as a
 * {@link SupervisionCaseNote}, when the record is signed. Created and changed through the {@link SupervisionSession}.
 */
@Entity
@Table(name = "supervision_case_discussion")
@NamedQueries({
    @NamedQuery(name = CaseDiscussion.FIND_BY_SESSION,
            query = "SELECT d FROM CaseDiscussion d JOIN FETCH d.earlyHelpCase WHERE d.session.id = :sessionId"
                    + " ORDER BY d.id")
})
public class CaseDiscussion extends BaseEntity {

    /** Parameter {@code sessionId}: the cases discussed, with the cases, in the order added. */
    public static final String FIND_BY_SESSION = "CaseDiscussion.findBySession";

    public static final int DECISION_MAX = 4000;
    public static final int ACTIONS_MAX = 4000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private SupervisionSession session;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private EarlyHelpCase earlyHelpCase;

    @Size(max = SupervisionSession.SECTION_MAX)
    @Column(name = "discussion", length = SupervisionSession.SECTION_MAX)
    private String discussion;

    @Size(max = SupervisionSession.SECTION_MAX)
    @Column(name = "reflection", length = SupervisionSession.SECTION_MAX)
    private String reflection;

    @Size(max = SupervisionSession.SECTION_MAX)
    @Column(name = "risk", length = SupervisionSession.SECTION_MAX)
    private String risk;

    @Size(max = DECISION_MAX)
    @Column(name = "decision", length = DECISION_MAX)
    private String decision;

    @Size(max = ACTIONS_MAX)
    @Column(name = "actions", length = ACTIONS_MAX)
    private String actions;

    protected CaseDiscussion() {
    }

    /**
     * What is written about the case (the fields of the API, with the same names). All may be empty while the record
     * is a draft; {@code discussion} is required to sign.
     *
     * @param decision a decision made in supervision: on signing it becomes a note on the case
     */
    public record Content(String discussion, String reflection, String risk, String decision, String actions) {
    }

    CaseDiscussion(SupervisionSession session, EarlyHelpCase earlyHelpCase, Content content) {
        this.session = session;
        this.earlyHelpCase = earlyHelpCase;
        update(content);
    }

    /**
     * Supervision discusses only cases the supervisee works on.
     *
     * @param isMember whether {@code supervisee} is a member of the case, as the service found
     */
    public static void ensureSuperviseeOnCase(EarlyHelpCase earlyHelpCase, Practitioner supervisee, boolean isMember) {
        if (!isMember) {
            throw new RuleViolation("supervision.case-not-supervisees", "caseId",
                    supervisee.displayName() + " is not a member of case " + earlyHelpCase.getReference()
                            + ", so it is not discussed in their supervision. Choose one of the cases "
                            + supervisee.displayName() + " works on.");
        }
    }

    final void update(Content content) {
        Content c = content == null ? new Content(null, null, null, null, null) : content;
        String newDiscussion = Checks.optional(c.discussion(), SupervisionSession.SECTION_MAX, "supervision.discussion",
                "discussion", "what was discussed about the case");
        String newReflection = Checks.optional(c.reflection(), SupervisionSession.SECTION_MAX, "supervision.reflection",
                "reflection", "the reflection");
        String newRisk = Checks.optional(c.risk(), SupervisionSession.SECTION_MAX, "supervision.risk", "risk",
                "what was said about risk");
        String newDecision = Checks.optional(c.decision(), DECISION_MAX, "supervision.decision", "decision",
                "the decision");
        String newActions = Checks.optional(c.actions(), ACTIONS_MAX, "supervision.case-actions", "actions",
                "the actions for the case");
        this.discussion = newDiscussion;
        this.reflection = newReflection;
        this.risk = newRisk;
        this.decision = newDecision;
        this.actions = newActions;
    }

    /** A decision was recorded (it will be a note on the case once the record is signed). */
    public boolean hasDecision() {
        return decision != null;
    }

    public SupervisionSession getSession() {
        return session;
    }

    public EarlyHelpCase getEarlyHelpCase() {
        return earlyHelpCase;
    }

    /** Progress and problem solving. */
    public String getDiscussion() {
        return discussion;
    }

    public String getReflection() {
        return reflection;
    }

    public String getRisk() {
        return risk;
    }

    public String getDecision() {
        return decision;
    }

    public String getActions() {
        return actions;
    }
}
