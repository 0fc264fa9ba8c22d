package org.leadpractitioner.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem details document. {@code code} is the stable rule code a client can branch on;
 * {@code errors} names each input field that needs fixing.
 */
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors,
        List<BrokenRule> rules) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://lead-practitioner.example/problems/";

    /** 422 is not one of {@link Response.Status}'s constants, so statuses are plain numbers here. */
    public static final int UNPROCESSABLE_CONTENT = 422;

    public record FieldError(String field, String message) {
    }

    /** A lead practitioner rule that refused the request: its code, title, the child it is about, why, and its source. */
    public record BrokenRule(String rule, String title, Long childId, String childName, String explanation, String source) {
    }

    /** This problem with the rules that caused it. */
    public Problem withRules(List<BrokenRule> broken) {
        return new Problem(type, title, status, detail, code, errors, broken == null || broken.isEmpty() ? null : List.copyOf(broken));
    }

    public static Problem of(Response.StatusType status, String code, String detail, List<FieldError> errors) {
        return of(status.getStatusCode(), status.getReasonPhrase(), code, detail, errors);
    }

    public static Problem of(int status, String title, String code, String detail, List<FieldError> errors) {
        return new Problem(TYPE_BASE + code, title, status, detail, code,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors), null);
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
