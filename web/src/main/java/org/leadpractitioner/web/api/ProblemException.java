package org.leadpractitioner.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A client mistake the API itself detects (a missing or malformed {@code If-Match}, a parameter of the
 * wrong type, a missing body), answered by {@link ApiExceptionMapper} with the problem it carries. It is a
 * {@link WebApplicationException} so that JAX-RS passes it through unchanged even when it is thrown while
 * converting a path or query parameter (otherwise such failures become a bare 404).
 */
public class ProblemException extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), problem.toResponse());
        this.problem = problem;
    }

    public Problem getProblem() {
        return problem;
    }

    /** 400: one input (a path or query parameter, a header or a body property) is wrong. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.of(Response.Status.BAD_REQUEST, "invalid-input",
                "Some of the input is not valid: see errors for each field to correct.",
                List.of(new Problem.FieldError(field, message))));
    }

    /** 400 with a code of its own. */
    public static ProblemException badRequest(String code, String detail) {
        return new ProblemException(Problem.of(Response.Status.BAD_REQUEST, code, detail, List.of()));
    }
}
