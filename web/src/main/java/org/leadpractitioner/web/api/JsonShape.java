package org.leadpractitioner.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Checks a JSON request body against the record it will be bound to before JSON-B reads it, so that each
 * mistake is a 400 naming the field: syntax errors, unknown properties, and values of the wrong JSON type
 * (JSON-B on its own reads {@code "yes"} as {@code false} for a boolean, {@code 7} as {@code "7"} for a
 * string, and reports other mismatches with its internal exception text).
 */
@Provider
public class JsonShape implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!context.getType().isRecord() || context.getMediaType() == null
                || !context.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        JsonValue json;
        try (JsonReader reader = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            json = reader.readValue();
        } catch (JsonParsingException e) {
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST, "malformed-json",
                    "The request body is not well-formed JSON (line " + e.getLocation().getLineNumber() + ", column "
                            + e.getLocation().getColumnNumber() + "). Send one JSON object.", List.of()));
        } catch (JsonException e) {
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST, "malformed-json",
                    "The request body is not well-formed JSON. Send one JSON object.", List.of()));
        }
        if (json.getValueType() != JsonValue.ValueType.NULL) { // null: the resource answers "body required"
            List<Problem.FieldError> errors = new ArrayList<>();
            check(json, context.getType(), "", errors);
            if (!errors.isEmpty()) {
                throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST, "malformed-json",
                        "The request body does not have the shape this resource expects: see errors for each field.",
                        errors));
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static void check(JsonValue value, Type type, String path, List<Problem.FieldError> errors) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return; // presence is the boundary's rule to check, with its own message
        }
        Class<?> raw = raw(type);
        String field = path.isEmpty() ? "body" : path;
        if (raw.isRecord()) {
            if (!(value instanceof JsonObject object)) {
                errors.add(new Problem.FieldError(field, "Expected a JSON object."));
                return;
            }
            List<String> names = Arrays.stream(raw.getRecordComponents()).map(RecordComponent::getName).toList();
            object.keySet().stream().filter(k -> !names.contains(k)).sorted().forEach(k -> errors.add(new Problem.FieldError(
                    join(path, k), "There is no such field here. The fields are: " + String.join(", ", names) + ".")));
            for (RecordComponent c : raw.getRecordComponents()) {
                if (object.containsKey(c.getName())) {
                    check(object.get(c.getName()), c.getGenericType(), join(path, c.getName()), errors);
                }
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonArray array)) {
                errors.add(new Problem.FieldError(field, "Expected a JSON array, for example [1, 2]."));
                return;
            }
            Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), element, field + "[" + i + "]", errors);
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                errors.add(new Problem.FieldError(field, "Expected true or false."));
            }
        } else if (raw == long.class || raw == Long.class || raw == int.class || raw == Integer.class) {
            if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
                errors.add(new Problem.FieldError(field, "Expected a whole number."));
            } else if ((raw == int.class || raw == Integer.class) && (n.bigIntegerValue().bitLength() > 31)) {
                errors.add(new Problem.FieldError(field, "The number is too large."));
            } else if (n.bigIntegerValue().bitLength() > 63) {
                errors.add(new Problem.FieldError(field, "The number is too large."));
            }
        } else if (raw == String.class) {
            if (!(value instanceof JsonString)) {
                errors.add(new Problem.FieldError(field, "Expected text in double quotes."));
            }
        } else if (raw.isEnum()) {
            List<String> allowed = Arrays.stream(raw.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
            if (!(value instanceof JsonString s) || !allowed.contains(s.getString())) {
                errors.add(new Problem.FieldError(field, "Expected one of " + String.join(", ", allowed) + "."));
            }
        } else if (raw == LocalDate.class) {
            if (!(value instanceof JsonString s) || !isDate(s.getString())) {
                errors.add(new Problem.FieldError(field, "Expected a date like \"2026-11-23\" (year-month-day)."));
            }
        }
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
