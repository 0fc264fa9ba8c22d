package org.leadpractitioner.domain.training;

/** Where a training need stands. */
public enum TrainingNeedStatus {
    /** Still to be met. */
    OPEN("Open"),
    /** Met: by completing a course, or otherwise (with a note). */
    MET("Met"),
    /** No longer needed (with a reason). */
    WITHDRAWN("Withdrawn");

    private final String label;

    TrainingNeedStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
