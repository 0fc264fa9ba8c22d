package org.leadpractitioner.domain.escalation;

/** What the professionals disagree about (DOMAIN.md, "Escalation"). */
public enum EscalationCategory {
    WHO_SHOULD_LEAD("Who should be the lead practitioner"),
    THRESHOLD("Threshold: whether the child needs children's social care"),
    CONCERNS_NOT_ACTED_ON("Concerns ignored, downgraded or not acted on"),
    INFORMATION_SHARING("Information sharing"),
    PLAN_NOT_PROGRESSING("The plan is not progressing, or an agency is not delivering its part"),
    OTHER("Another disagreement");

    private final String label;

    EscalationCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
