package org.leadpractitioner.domain.training;

/** Where a training need was identified. */
public enum TrainingNeedSource {
    /** In a supervision session, created when the supervisor signs the record. */
    SUPERVISION("Supervision"),
    /** Anywhere else: an appraisal, the practitioner's own request, a review of practice. */
    OTHER("Other");

    private final String label;

    TrainingNeedSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
