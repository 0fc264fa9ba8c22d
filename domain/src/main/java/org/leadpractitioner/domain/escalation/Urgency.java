package org.leadpractitioner.domain.escalation;

/**
 * The route an escalation takes: each stage's deadline is counted in working days (STANDARD) or, where risk makes
 * that too slow, in hours (URGENT). A child at risk of significant harm is referred to children's social care at once,
 * whatever the route: an escalation never delays a safeguarding referral.
 */
public enum Urgency {
    STANDARD("Standard (working days)"),
    URGENT("Urgent (hours)");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
