package org.leadpractitioner.domain.escalation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.leadpractitioner.domain.RuleViolation;

/**
 * The authority's escalation stages in order, as loaded ({@value EscalationStagePolicy#FIND_ALL}): numbered 1, 2, 3...
 * without gaps or repeats, at least one. The service builds one per transaction and passes it to {@link Escalation}'s
 * transitions, which need to know the stage above, whether a stage is the last, and what a stage's policy says.
 *
 * <p>Building one is also the check an administrator's change must pass: the service builds a ladder from the stages
 * as they would be after the change (a stage added must be the next number; only the last stage can be removed), and
 * the change is refused with the ladder's {@link RuleViolation} if they do not make one.
 */
public final class StageLadder {

    private final List<EscalationStagePolicy> stages;

    private StageLadder(List<EscalationStagePolicy> stages) {
        this.stages = stages;
    }

    /** The stages, in any order; refused unless they are numbered 1 to n, each once. */
    public static StageLadder of(Collection<EscalationStagePolicy> policies) {
        List<EscalationStagePolicy> sorted = new ArrayList<>(policies);
        sorted.sort(Comparator.comparingInt(EscalationStagePolicy::getStageNumber));
        if (sorted.isEmpty()) {
            throw new RuleViolation("escalation-policy.no-stages", "stageNumber", "The escalation policy has no stages."
                    + " Add stage 1 (for example, practitioner to practitioner) first.");
        }
        for (int i = 0; i < sorted.size(); i++) {
            int number = sorted.get(i).getStageNumber();
            if (number == i) {
                throw new RuleViolation("escalation-policy.stage-repeated", "stageNumber", "There are two stages"
                        + " numbered " + number + ". Give each stage its own number, or change the existing stage "
                        + number + ".");
            }
            if (number != i + 1) {
                throw new RuleViolation("escalation-policy.stage-missing", "stageNumber", "The stages must be"
                        + " numbered 1, 2, 3 and so on without gaps, but there is no stage " + (i + 1)
                        + " before stage " + number + ". Add stage " + (i + 1) + " first.");
            }
        }
        return new StageLadder(List.copyOf(sorted));
    }

    /** The stages in order (read-only). */
    public List<EscalationStagePolicy> stages() {
        return stages;
    }

    public int size() {
        return stages.size();
    }

    /** Stage 1, where every escalation starts. */
    public EscalationStagePolicy first() {
        return stages.get(0);
    }

    /** The highest stage. */
    public EscalationStagePolicy last() {
        return stages.get(stages.size() - 1);
    }

    /** Whether stage {@code number} is the last (or beyond it: there is nothing above). */
    public boolean isLast(int number) {
        return number >= stages.size();
    }

    /** Stage {@code number}, if the policy has it. */
    public Optional<EscalationStagePolicy> find(int number) {
        return number >= 1 && number <= stages.size() ? Optional.of(stages.get(number - 1)) : Optional.empty();
    }

    /** The stage above stage {@code number}, if there is one. */
    public Optional<EscalationStagePolicy> above(int number) {
        return find(number + 1);
    }

    /**
     * Stage {@code number}, or a {@link RuleViolation} naming {@code field} when the policy has no such stage.
     */
    public EscalationStagePolicy stage(int number, String field) {
        return find(number).orElseThrow(() -> new RuleViolation("escalation.stage-unknown", field, "There is no stage "
                + number + ": the escalation policy has stages 1 to " + stages.size() + ". Choose one of them."));
    }

    /**
     * Whether moving from stage {@code from} to stage {@code to} reaches a stage whose policy notifies the safeguarding
     * partnership's business manager (any stage above {@code from} up to and including {@code to}: skipping past such a
     * stage reaches beyond it, so it counts).
     */
    public boolean notifiesBusinessManagerReaching(int from, int to) {
        return stages.stream().filter(s -> s.getStageNumber() > from && s.getStageNumber() <= to)
                .anyMatch(EscalationStagePolicy::isNotifiesBusinessManager);
    }
}
