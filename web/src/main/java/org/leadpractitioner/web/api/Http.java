package org.leadpractitioner.web.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leadpractitioner.core.Page;
import org.leadpractitioner.domain.RuleViolation;

/**
 * What every resource does the same way: versions as ETags, {@code If-Match} required on changes, query
 * parameters parsed strictly (a wrong type is a 400 naming the parameter, never a 404 or 500), a body
 * required where one is expected. No business rule lives here.
 */
final class Http {

    static final String IF_MATCH_HELP = "GET the record first and send its ETag (for example \"3\") in an If-Match header:"
            + " that is how the API makes sure you are changing the version you read.";

    private static final Pattern QUOTED_NUMBER = Pattern.compile("\"(\\d{1,18})\"");

    private Http() {
    }

    /** The strong entity tag of a record version: {@code "3"}. */
    static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the record and its version as ETag. */
    static Response ok(Object entity, long version) {
        return Response.ok(entity).tag(tag(version)).build();
    }

    /** 201 with Location, the new record and its version as ETag. */
    static Response created(URI location, Object entity, long version) {
        return Response.created(location).entity(entity).tag(tag(version)).build();
    }

    /**
     * The version the client read, from its {@code If-Match} header: 428 when there is none, 400 when it is
     * not one quoted version number.
     */
    static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(Problem.of(Response.Status.PRECONDITION_REQUIRED, "if-match-required",
                    "This change needs an If-Match header. " + IF_MATCH_HELP, List.of()));
        }
        Matcher m = QUOTED_NUMBER.matcher(ifMatch.strip());
        if (!m.matches()) {
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST, "if-match-invalid",
                    "The If-Match header must be exactly one ETag as the API sent it, a number in double quotes such as"
                            + " \"3\" (not a weak or wildcard tag). " + IF_MATCH_HELP,
                    List.of(new Problem.FieldError("If-Match", "Send one ETag, for example \"3\""))));
        }
        return Long.parseLong(m.group(1));
    }

    /** The request body, or a 400 saying that one is needed. */
    static <T> T body(T body) {
        if (body == null) {
            throw bodyRequired();
        }
        return body;
    }

    static ProblemException bodyRequired() {
        return ProblemException.badRequest("body-required",
                "This request needs a JSON object as its body (with Content-Type: application/json).");
    }

    static int offset(Integer requested) {
        return Page.offset(requested);
    }

    static int limit(Integer requested) {
        return Page.limit(requested);
    }

    /**
     * Runs a boundary call and reports a broken rule against the API's own name of the input field (the
     * domain names fields after its entities, e.g. {@code children} where the request says {@code childIds}).
     */
    static <T> T withFieldNames(Map<String, String> apiNames, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuleViolation rule) {
            String field = rule.getField() == null ? null : apiNames.getOrDefault(rule.getField(), rule.getField());
            if (java.util.Objects.equals(field, rule.getField())) {
                throw rule;
            }
            throw rule.withField(field);
        }
    }

}
