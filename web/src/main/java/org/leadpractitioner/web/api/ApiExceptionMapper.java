package org.leadpractitioner.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.assignment.LeadRuleRefusal;

/**
 * The one place where the API turns failures into RFC 9457 problem details. Client mistakes become 4xx
 * answers that say what to fix; anything else is logged with an incident id and answered with a 500
 * that carries only that id, never a stack trace or internal detail.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof ProblemException problem) {
            return problem.getProblem().toResponse();
        }
        if (e instanceof RuleViolation rule) {
            List<Problem.FieldError> errors = rule.getField() == null ? List.of()
                    : List.of(new Problem.FieldError(rule.getField(), rule.getMessage()));
            Problem problem = isConflict(rule)
                    ? Problem.of(Status.CONFLICT, rule.getCode(), rule.getMessage(), errors)
                    : Problem.of(Problem.UNPROCESSABLE_CONTENT, "Unprocessable Content", rule.getCode(), rule.getMessage(), errors);
            if (rule instanceof LeadRuleRefusal refusal) {
                problem = problem.withRules(refusal.getFindings().stream().map(f -> new Problem.BrokenRule(f.rule().code(),
                        f.rule().title(), f.childId(), f.childName(), f.explanation(), f.rule().source())).toList());
            }
            return problem.toResponse();
        }
        if (e instanceof ConstraintViolationException invalid) {
            List<Problem.FieldError> errors = invalid.getConstraintViolations().stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                    .toList();
            return Problem.of(Status.BAD_REQUEST, "invalid-input",
                    "Some of the input is not valid: see errors for each field to correct.", errors).toResponse();
        }
        if (e instanceof RecordNotFound notFound) {
            return Problem.of(Status.NOT_FOUND, "not-found", notFound.getMessage(), List.of()).toResponse();
        }
        if (e instanceof EJBAccessException) {
            if (security == null || security.getUserPrincipal() == null) {
                Response r = Problem.of(Status.UNAUTHORIZED, "unauthenticated",
                        "Sign in first: send HTTP Basic credentials of a Lead Practitioner user.", List.of()).toResponse();
                return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Lead Practitioner\"").build();
            }
            return Problem.of(Status.FORBIDDEN, "forbidden",
                    "Your role does not allow this. Ask your administrator if you believe you need it.", List.of()).toResponse();
        }
        if (e instanceof OptimisticLockException) {
            // the version sent in If-Match is no longer the record's: a lost update prevented
            return Problem.of(Status.PRECONDITION_FAILED, "stale-version",
                    "Someone else changed this record after you read it, so your change was not applied. GET the record"
                            + " again, check your change against what it says now, and resend it with If-Match set to"
                            + " the new ETag.", List.of()).toResponse();
        }
        if (e instanceof JsonbException || isBodyParseFailure(e)) {
            return Problem.of(Status.BAD_REQUEST, "malformed-json",
                    "The request body is not valid JSON for this resource (check field names, types and date formats"
                            + " such as 2026-11-23): " + firstLine(e.getMessage()), List.of()).toResponse();
        }
        if (e instanceof WebApplicationException web) {
            Response original = web.getResponse();
            Response.StatusType status = original.getStatusInfo();
            if (status.getFamily() == Response.Status.Family.CLIENT_ERROR) {
                String reason = status.getReasonPhrase() == null ? "Client Error" : status.getReasonPhrase();
                Response problem = Problem.of(status.getStatusCode(), reason,
                        reason.toLowerCase(java.util.Locale.UK).replace(' ', '-'), clientMessage(status), List.of()).toResponse();
                String allow = original.getHeaderString(HttpHeaders.ALLOW); // a 405 says which methods there are
                return allow == null ? problem : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + " while serving an API request", thrown);
        return Problem.of(Status.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on our side and nothing was saved. Quote incident " + incident
                        + " to your system administrator.", List.of()).toResponse();
    }

    private static boolean isConflict(RuleViolation rule) {
        return rule.getCode() != null && rule.getCode().endsWith(".conflict");
    }

    private static String clientMessage(Response.StatusType status) {
        return switch (status.getStatusCode()) {
            case 404 -> "There is no such resource. Check the address (ids are numbers) against the API document at /openapi.";
            case 405 -> "This resource does not accept that HTTP method.";
            case 406 -> "This resource answers in application/json only.";
            case 415 -> "Send the request body as application/json.";
            default -> "The request could not be accepted (" + status.getStatusCode() + ").";
        };
    }

    private static String fieldName(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // method validation paths look like "create.arg0.name" or "create.request.name": keep the bean property
        String[] parts = path.split("\\.");
        return parts.length >= 3 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : path;
    }

    private static boolean isBodyParseFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof jakarta.json.JsonException
                    || t.getClass().getName().startsWith("jakarta.json.stream.")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        while ((e instanceof EJBException && !(e instanceof EJBAccessException)) && e.getCause() != null) {
            e = e.getCause();
        }
        // ProcessingException / BadRequest wrapping a JSON failure, or a rolled-back transaction hiding an
        // optimistic lock failure
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof RuleViolation || t instanceof RecordNotFound
                    || t instanceof ConstraintViolationException || t instanceof ProblemException) {
                return t;
            }
        }
        return e;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "it could not be read";
        }
        // the reader's own wording only: no library codes or exception class names
        String line = message.lines().findFirst().orElse(message)
                .replaceAll("RESTEASY\\d+: ", "")
                .replaceAll("([A-Za-z_$][\\w$]*\\.)+[\\w$]*(Exception|Error): ", "")
                .replace("Internal error: ", "");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
