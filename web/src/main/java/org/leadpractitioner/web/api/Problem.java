package org.leadpractitioner.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem details document. {@code code} is the stable rule code a client can branch on;
 * {@code errors} names each input field that needs fixing.
 */
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://lead-practitioner.example/problems/";

    public record FieldError(String field, String message) {
    }

    public static Problem of(Response.Status status, String code, String detail, List<FieldError> errors) {
        return new Problem(TYPE_BASE + code, status.getReasonPhrase(), status.getStatusCode(), detail, code,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors));
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
