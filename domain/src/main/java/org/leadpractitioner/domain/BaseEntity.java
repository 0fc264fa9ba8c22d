package org.leadpractitioner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * Identity and optimistic locking shared by every entity.
 *
 * <p>Ids come from the one sequence {@code lp_seq} (so an id is unique across all tables);
 * {@code allocationSize} equals the sequence's {@code INCREMENT BY}. Two entities are equal when they
 * are of the same class and have the same id; an entity that has not been persisted yet (no id)
 * equals only itself. The hash code is constant per class so that it does not change when the
 * entity is persisted while it sits in a hash-based collection.
 *
 * <p>{@link #toString()} deliberately shows only the class and id: these records hold special-category
 * personal data and must not leak into logs.
 */
@MappedSuperclass
public abstract class BaseEntity {

    /** The name of the single id sequence, shared with {@code AuditEvent}. */
    public static final String SEQUENCE = "lp_seq";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lp_seq")
    @SequenceGenerator(name = "lp_seq", sequenceName = "lp_seq", allocationSize = 50)
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected BaseEntity() {
    }

    /** The database id, or {@code null} until the entity is persisted. */
    public Long getId() {
        return id;
    }

    /** The optimistic-lock version (0 for a new row). */
    public long getVersion() {
        return version;
    }

    /** Whether the entity has not been persisted yet. */
    public boolean isNew() {
        return id == null;
    }

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || other.getClass() != getClass()) {
            return false;
        }
        Long otherId = ((BaseEntity) other).id;
        return id != null && id.equals(otherId);
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "#" + (id == null ? "new" : id);
    }
}
