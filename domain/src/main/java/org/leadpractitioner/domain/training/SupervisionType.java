package org.leadpractitioner.domain.training;

/** The kind of supervision session. A group session is recorded once per supervisee, the others named as attendees. */
public enum SupervisionType {
    ONE_TO_ONE("One-to-one"),
    GROUP("Group"),
    CASE_SUPERVISION("Case supervision");

    private final String label;

    SupervisionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
