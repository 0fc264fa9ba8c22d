package org.leadpractitioner.domain.training;

/** Where an action agreed in supervision stands. */
public enum SupervisionActionStatus {
    OPEN("Open"),
    DONE("Done");

    private final String label;

    SupervisionActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
