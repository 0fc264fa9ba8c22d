package org.leadpractitioner.domain.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.Checks;
import org.leadpractitioner.domain.core.WorkingDays;

/**
 * One stage of the authority's escalation policy (DOMAIN.md, "Escalation"): its number (stages run 1, 2, 3... without
 * gaps, see {@link StageLadder}), its name and what it means, how long the responder has on the standard route (in
 * working days) and on the urgent route (in hours), whether reaching it notifies the safeguarding partnership's
 * business manager, and what happens when it passes its deadline unresolved ({@link OverdueAction}).
 *
 * <p>Migration V11 seeds four stages that follow the shape of the published policies quoted in DOMAIN.md (practitioner
 * to practitioner, 2 working days; line managers or designated safeguarding leads, 5; senior managers or heads of
 * service, 2, notifying the business manager; the safeguarding partnership with an independent chair, 10; 24 hours on
 * the urgent route, 48 at the partnership; the raiser is prompted when a stage is overdue). They are defaults: the
 * authority changes them to match its local partnership's policy. A change applies to stages started from then on; a
 * stage already under way keeps the name and the deadline it started with ({@link EscalationStage}).
 *
 * <p>The stage number is fixed when the stage is created (the ladder grows or shrinks at the top; renumbering would
 * break the records of escalations that reached a stage), the rest can change. Values that are not positive are refused
 * with a {@link RuleViolation} naming the field.
 */
@Entity
@Table(name = "esc_stage_policy")
@NamedQueries({
    @NamedQuery(name = EscalationStagePolicy.FIND_ALL,
            query = "SELECT p FROM EscalationStagePolicy p ORDER BY p.stageNumber")
})
public class EscalationStagePolicy extends BaseEntity {

    /** Every stage, in order (a handful of rows: build a {@link StageLadder} from them). */
    public static final String FIND_ALL = "EscalationStagePolicy.findAll";

    public static final int NAME_MAX = 100;
    public static final int DESCRIPTION_MAX = 500;

    @Min(1)
    @Column(name = "stage_number", nullable = false, updatable = false)
    private int stageNumber;

    @NotNull
    @Size(max = NAME_MAX)
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @NotNull
    @Size(max = DESCRIPTION_MAX)
    @Column(name = "description", nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Positive
    @Column(name = "response_working_days", nullable = false)
    private int responseWorkingDays;

    @Positive
    @Column(name = "urgent_response_hours", nullable = false)
    private int urgentResponseHours;

    @Column(name = "notifies_business_manager", nullable = false)
    private boolean notifiesBusinessManager;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "on_overdue", nullable = false, length = 30)
    private OverdueAction onOverdue;

    protected EscalationStagePolicy() {
    }

    /**
     * What a stage is and how long it lasts.
     *
     * @param name                    e.g. "Practitioner to practitioner"
     * @param description             what the stage means, in a sentence or two
     * @param responseWorkingDays     the standard route's time limit, in working days (at least 1)
     * @param urgentResponseHours     the urgent route's time limit, in hours (at least 1)
     * @param notifiesBusinessManager whether reaching the stage notifies the partnership's business manager
     * @param onOverdue               what happens when the stage passes its deadline unresolved
     */
    public record Terms(String name, String description, int responseWorkingDays, int urgentResponseHours,
            boolean notifiesBusinessManager, OverdueAction onOverdue) {
    }

    /**
     * A stage of the policy; {@code stageNumber} is 1 or more (whether it fits the ladder is {@link StageLadder}'s).
     */
    public EscalationStagePolicy(int stageNumber, Terms terms) {
        if (stageNumber < 1) {
            throw new RuleViolation("escalation-policy.stage-number-not-positive", "stageNumber", "Stages are"
                    + " numbered from 1 (you entered " + stageNumber + "). Enter 1 for the first stage, 2 for the next,"
                    + " and so on.");
        }
        this.stageNumber = stageNumber;
        change(terms);
    }

    /** Changes the name, meaning, time limits, notification or overdue behaviour of the stage. */
    public final void change(Terms terms) {
        Objects.requireNonNull(terms, "terms");
        String newName = Checks.required(terms.name(), NAME_MAX, "escalation-policy.name", "name",
                "the name of the stage");
        String newDescription = Checks.required(terms.description(), DESCRIPTION_MAX, "escalation-policy.description",
                "description", "what the stage means");
        if (terms.responseWorkingDays() < 1) {
            throw new RuleViolation("escalation-policy.working-days-not-positive", "responseWorkingDays", "The time"
                    + " limit of a stage on the standard route must be at least 1 working day (you entered "
                    + terms.responseWorkingDays() + "). Enter the number of working days the responder has.");
        }
        if (terms.urgentResponseHours() < 1) {
            throw new RuleViolation("escalation-policy.urgent-hours-not-positive", "urgentResponseHours", "The time"
                    + " limit of a stage on the urgent route must be at least 1 hour (you entered "
                    + terms.urgentResponseHours() + "). Enter the number of hours the responder has, for example 24.");
        }
        OverdueAction action = Checks.present(terms.onOverdue(), "escalation-policy.on-overdue-required", "onOverdue",
                "Choose what happens when the stage passes its deadline unresolved: prompt the raiser to move it up, or"
                        + " move it up automatically.");
        this.name = newName;
        this.description = newDescription;
        this.responseWorkingDays = terms.responseWorkingDays();
        this.urgentResponseHours = terms.urgentResponseHours();
        this.notifiesBusinessManager = terms.notifiesBusinessManager();
        this.onOverdue = action;
    }

    /**
     * The deadline of this stage when it starts at {@code start} on {@code urgency}'s route: the end of the
     * {@link #getResponseWorkingDays() n}th working day after the day it starts (standard), or {@link
     * #getUrgentResponseHours() n} hours after it starts (urgent). {@code workingDays} must know the bank holidays from
     * the day after the start to the due day.
     */
    public StageDeadline deadlineFrom(Instant start, Urgency urgency, WorkingDays workingDays) {
        Objects.requireNonNull(start, "start");
        if (Objects.requireNonNull(urgency, "urgency") == Urgency.URGENT) {
            return StageDeadline.hoursAfter(start, urgentResponseHours);
        }
        return StageDeadline.workingDaysAfter(start, responseWorkingDays, Objects.requireNonNull(workingDays,
                "workingDays"));
    }

    /** "stage 2 (Line managers / designated safeguarding leads)", as messages name a stage. */
    public String describe() {
        return "stage " + stageNumber + " (" + name + ")";
    }

    public int getStageNumber() {
        return stageNumber;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getResponseWorkingDays() {
        return responseWorkingDays;
    }

    public int getUrgentResponseHours() {
        return urgentResponseHours;
    }

    public boolean isNotifiesBusinessManager() {
        return notifiesBusinessManager;
    }

    public OverdueAction getOnOverdue() {
        return onOverdue;
    }
}
