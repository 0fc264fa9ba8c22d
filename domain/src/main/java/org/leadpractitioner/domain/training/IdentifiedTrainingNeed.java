package org.leadpractitioner.domain.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.core.Checks;

/**
 * A training or development need written into a supervision record (with the course that would meet it, if any).
 * Part of the locked record; when the supervisor signs, each becomes a {@link TrainingNeed} on the supervisee's
 * training record, which then has a life of its own (met, withdrawn). Created through the {@link SupervisionSession}.
 */
@Entity
@Table(name = "supervision_training_need")
@NamedQueries({
    @NamedQuery(name = IdentifiedTrainingNeed.FIND_BY_SESSION,
            query = "SELECT n FROM IdentifiedTrainingNeed n LEFT JOIN FETCH n.course WHERE n.session.id = :sessionId"
                    + " ORDER BY n.id")
})
public class IdentifiedTrainingNeed extends BaseEntity {

    /** Parameter {@code sessionId}: the needs written into the record, with courses, in the order added. */
    public static final String FIND_BY_SESSION = "IdentifiedTrainingNeed.findBySession";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private SupervisionSession session;

    @NotBlank
    @Size(max = TrainingNeed.TEXT_MAX)
    @Column(name = "description", nullable = false, length = TrainingNeed.TEXT_MAX)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id")
    private Course course;

    protected IdentifiedTrainingNeed() {
    }

    IdentifiedTrainingNeed(SupervisionSession session, String description, Course course) {
        this.session = session;
        this.description = Checks.required(description, TrainingNeed.TEXT_MAX, "training-need.description",
                "description", "the training or development need");
        this.course = course;
    }

    public SupervisionSession getSession() {
        return session;
    }

    public String getDescription() {
        return description;
    }

    /** The course that would meet the need, or {@code null}. */
    public Course getCourse() {
        return course;
    }
}
