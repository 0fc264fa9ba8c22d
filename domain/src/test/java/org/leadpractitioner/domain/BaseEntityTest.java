package org.leadpractitioner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BaseEntityTest {

    static class Thing extends BaseEntity {
    }

    static class OtherThing extends BaseEntity {
    }

    private static <T extends BaseEntity> T withId(T entity, long id) throws ReflectiveOperationException {
        Field field = BaseEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        return entity;
    }

    @Test
    void aTransientEntityEqualsOnlyItself() {
        Thing a = new Thing();
        Thing b = new Thing();
        assertNull(a.getId());
        assertEquals(a, a);
        assertNotEquals(a, b);
    }

    @Test
    void persistedEntitiesAreEqualByClassAndId() throws ReflectiveOperationException {
        assertEquals(withId(new Thing(), 1000), withId(new Thing(), 1000));
        assertNotEquals(withId(new Thing(), 1000), withId(new Thing(), 1050));
        assertNotEquals(withId(new Thing(), 1000), withId(new OtherThing(), 1000));
        assertNotEquals(withId(new Thing(), 1000), new Thing());
    }

    @Test
    void hashCodeSurvivesBeingPersisted() throws ReflectiveOperationException {
        Thing thing = new Thing();
        Set<Thing> set = new HashSet<>(Set.of(thing));
        withId(thing, 1000);
        assertTrue(set.contains(thing));
    }

    @Test
    void toStringShowsNoPersonalData() throws ReflectiveOperationException {
        assertEquals("Thing#new", new Thing().toString());
        assertEquals("Thing#1000", withId(new Thing(), 1000).toString());
    }
}
