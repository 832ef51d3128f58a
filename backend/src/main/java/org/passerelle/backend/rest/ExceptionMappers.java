package org.passerelle.backend.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.passerelle.backend.dataset.ValidationError;
import org.passerelle.backend.dataset.ValidationException;
import org.passerelle.backend.service.Conflict;
import org.passerelle.backend.service.RecordNotFound;
import org.passerelle.backend.dataset.Errors;
import org.passerelle.domain.shared.DomainException;
import org.passerelle.domain.shared.DomainViolations;

/**
 * Turns every failure into an {@code application/problem+json} answer. Known failures — invalid input,
 * broken rules, missing records, conflicts — keep their meaning whatever wrapped them on the way
 * (transactions wrap what they roll back); anything else is logged and answered 500 without detail.
 */
public final class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

    private ExceptionMappers() {
    }

    /** The problem for a failure, looking through the exceptions that wrap it. */
    static Problem problemFor(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ValidationException e) {
                return Problem.validation(e.getMessage(), e.errors());
            }
            if (t instanceof DomainViolations e) {
                Errors errors = new Errors();
                errors.attempt("$", Errors.FieldPath.FLAT, () -> {
                    throw e;
                });
                return Problem.validation("The request breaks " + errors.size() + " rules", errors.list());
            }
            if (t instanceof DomainException e) {
                String path = e.field() == null ? "$" : namesParameter(e) ? e.field() : "$." + e.field();
                boolean stateConflict = e.key() != null && (e.key().startsWith("project.transition")
                        || e.key().startsWith("programme.status"));
                List<ValidationError> errors = List.of(new ValidationError(path, e.getMessage()));
                return stateConflict
                        ? new Problem("urn:passerelle:problem:conflict", "Conflict", 409, e.getMessage(), null, errors)
                        : Problem.validation(e.getMessage(), errors);
            }
            if (t instanceof JsonProcessingException e) {
                ValidationException v = JsonProvider.unreadable(e);
                return Problem.validation(v.getMessage(), v.errors());
            }
            if (t instanceof ConstraintViolationException e) {
                List<ValidationError> errors = e.getConstraintViolations().stream()
                        .map(ExceptionMappers::toError).toList();
                return Problem.validation("The request is not valid (" + errors.size() + " error(s))", errors);
            }
            if (t instanceof RecordNotFound e) {
                return Problem.of(Response.Status.NOT_FOUND, e.getMessage());
            }
            if (t instanceof Conflict e) {
                return new Problem("urn:passerelle:problem:conflict", "Conflict", 409, e.getMessage(), null,
                        List.of(new ValidationError("$." + e.field(), e.getMessage())));
            }
            if (t instanceof OptimisticLockException) {
                String message = "This record was changed by someone else meanwhile. Reload it, then apply your"
                        + " changes again.";
                return new Problem("urn:passerelle:problem:conflict", "Conflict", 409, message, null,
                        List.of(new ValidationError("$.version", message)));
            }
            if (t instanceof WebApplicationException e) {
                Response.StatusType status = e.getResponse().getStatusInfo();
                return Problem.of(status, describe(status.getStatusCode()));
            }
        }
        return null;
    }

    /** The rules of listings (sort, page) are about query parameters, which errors name as they are. */
    private static boolean namesParameter(DomainException e) {
        return e.key() != null && (e.key().startsWith("sort.") || e.key().startsWith("page."));
    }

    private static String describe(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept this method.";
            case 406 -> "This address answers in JSON only.";
            case 415 -> "Send the body as application/json.";
            case 401 -> "Sign in with HTTP Basic credentials to do this.";
            case 403 -> "Your account's role does not allow this.";
            default -> "The request cannot be served.";
        };
    }

    private static ValidationError toError(ConstraintViolation<?> violation) {
        String property = violation.getPropertyPath().toString();
        int dot = property.lastIndexOf('.');
        String field = dot < 0 ? property : property.substring(dot + 1);
        return new ValidationError("$." + field, violation.getMessage());
    }

    @Provider
    public static class AnyFailure implements ExceptionMapper<Throwable> {

        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(Throwable thrown) {
            Problem problem = problemFor(thrown);
            if (problem == null) {
                LOG.log(Level.SEVERE, "Unexpected failure serving " + path(uri), thrown);
                problem = Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                        "Something went wrong on our side; it has been logged. Please try again.");
            }
            return problem.at(path(uri)).toResponse();
        }
    }

    /** The runtime's own HTTP errors (404 for unknown paths, 405, 415…) as problems too. */
    @Provider
    public static class HttpFailure implements ExceptionMapper<WebApplicationException> {

        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException thrown) {
            Problem problem = problemFor(thrown);
            Response.ResponseBuilder response = Response.fromResponse(problem.at(path(uri)).toResponse());
            Object allow = thrown.getResponse().getHeaders().getFirst("Allow");
            if (allow != null) {
                response.header("Allow", allow);
            }
            return response.build();
        }
    }

    private static String path(UriInfo uri) {
        try {
            return uri == null ? null : uri.getRequestUri().getPath();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
