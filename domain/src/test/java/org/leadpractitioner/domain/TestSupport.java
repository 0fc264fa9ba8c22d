package org.leadpractitioner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.function.Executable;

/** What every area's domain tests need: ids as persisting would give them, and checking a refusal. */
public final class TestSupport {

    private static final AtomicLong NEXT_ID = new AtomicLong(1000);

    private TestSupport() {
    }

    /** Gives an entity an id, as persisting would (equality and lookups by id need one). */
    public static <T extends BaseEntity> T withId(T entity) {
        try {
            Field f = BaseEntity.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, NEXT_ID.getAndIncrement());
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Asserts that {@code action} breaks the rule {@code code}, naming {@code field}; returns the violation. */
    public static RuleViolation assertViolation(String code, String field, Executable action) {
        RuleViolation violation = assertThrows(RuleViolation.class, action);
        assertEquals(code, violation.getCode(), violation.getMessage());
        assertEquals(field, violation.getField(), violation.getMessage());
        return violation;
    }
}
