package org.leadpractitioner.domain.assignment;

import java.util.List;
import org.leadpractitioner.domain.RuleViolation;

/** A proposed lead breaks one or more "must" rules: the refusal carries each rule and its explanation. */
public class LeadRuleRefusal extends RuleViolation {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleFinding> findings;

    public LeadRuleRefusal(String field, RuleCheck check) {
        this(field, message(check), check.refusals());
    }

    private LeadRuleRefusal(String field, String message, List<RuleFinding> findings) {
        super("assignment.statutory-rule", field, message);
        this.findings = List.copyOf(findings);
    }

    @Override
    public LeadRuleRefusal withField(String newField) {
        LeadRuleRefusal renamed = new LeadRuleRefusal(newField, getMessage(), findings);
        renamed.setStackTrace(getStackTrace());
        return renamed;
    }

    private static String message(RuleCheck check) {
        return check.candidate().name() + " cannot be appointed: " + check.explain(Verdict.REFUSED).replace("\n", " ")
                + " Choose the practitioner the rule names.";
    }

    /** The refusing findings, each naming its rule. */
    public List<RuleFinding> getFindings() {
        return findings;
    }
}
