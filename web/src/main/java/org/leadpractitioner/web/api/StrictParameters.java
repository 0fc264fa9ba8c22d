package org.leadpractitioner.web.api;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * Converts path and query parameters of the API's simple types (ids, numbers, flags, dates, enum values)
 * strictly, and answers a value of the wrong type with a 400 problem that names the parameter. Without it
 * JAX-RS turns {@code /cases/abc} or {@code ?limit=x} into a bare 404, and accepts {@code ?includeClosed=yes}
 * as false.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, "a whole number (an id)", s -> Long.valueOf(s));
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, "a whole number", s -> Integer.valueOf(s));
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, "true or false", s -> bool(s));
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, "a date written as yyyy-mm-dd, for example 2026-12-28",
                    s -> LocalDate.parse(s));
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>) converter(name,
                    "one of " + Arrays.toString(type.getEnumConstants()),
                    s -> (Object) Enum.valueOf(type, s.toUpperCase(Locale.ROOT)));
        }
        return null;
    }

    private static ParamConverter<Object> converter(String name, String expected, Function<String, Object> parse) {
        return new ParamConverter<>() {
            @Override
            public Object fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null; // "?status=" means no filter, as an absent parameter does
                }
                try {
                    return parse.apply(value.strip());
                } catch (RuntimeException e) {
                    String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
                    throw ProblemException.invalid(name, "'" + shown + "' is not " + expected + ".");
                }
            }

            @Override
            public String toString(Object value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static Boolean bool(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(s);
        };
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a instanceof PathParam p) {
                    return p.value();
                }
                if (a instanceof QueryParam q) {
                    return q.value();
                }
                if (a instanceof HeaderParam h) {
                    return h.value();
                }
                if (a instanceof MatrixParam m) {
                    return m.value();
                }
                if (a instanceof CookieParam c) {
                    return c.value();
                }
            }
        }
        return "parameter";
    }
}
