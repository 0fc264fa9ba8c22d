package org.leadpractitioner.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One shared, configured JSON-B instance (building one per request costs most of the throughput). Unknown
 * properties are refused, so a misspelt field is a 400 that says so rather than silently ignored input.
 */
@Provider
public class JsonbProvider implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(false)
            .withPropertyVisibilityStrategy(new RecordComponents())
            .setProperty("jsonb.fail-on-unknown-properties", true));

    /**
     * A record is written as its components only. The views also carry getters for the Faces pages (EE 10 EL
     * cannot read record components), which JSON-B would otherwise add as extra properties ("getId", "isOpen").
     * Other classes keep the default: public fields and public methods.
     */
    static final class RecordComponents implements PropertyVisibilityStrategy {
        @Override
        public boolean isVisible(Field field) {
            if (field.getDeclaringClass().isRecord()) {
                return !Modifier.isStatic(field.getModifiers()) && isComponent(field.getDeclaringClass(), field.getName());
            }
            return Modifier.isPublic(field.getModifiers());
        }

        @Override
        public boolean isVisible(Method method) {
            if (method.getDeclaringClass().isRecord()) {
                return method.getParameterCount() == 0 && isComponent(method.getDeclaringClass(), method.getName());
            }
            return Modifier.isPublic(method.getModifiers());
        }

        private static boolean isComponent(Class<?> record, String name) {
            for (RecordComponent c : record.getRecordComponents()) {
                if (c.getName().equals(name)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
