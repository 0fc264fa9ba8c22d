package org.leadpractitioner.web.api;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Hands bean validation failures to {@link ApiExceptionMapper}. Needed only because JAX-RS picks the mapper
 * of the nearest exception type: without this one, RESTEasy's own ValidationException mapper answers a
 * constraint violation thrown by an EJB boundary with its report format, echoing the values sent (passwords
 * included) instead of a problem document.
 */
@Provider
public class ValidationProblems implements ExceptionMapper<ValidationException> {

    private final ApiExceptionMapper central = new ApiExceptionMapper();

    @Override
    public Response toResponse(ValidationException e) {
        return central.toResponse(e);
    }
}
