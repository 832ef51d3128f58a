package org.passerelle.backend.rest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.passerelle.backend.dataset.ValidationError;

/**
 * An error answer in the form of RFC 9457 ({@code application/problem+json}). Validation problems list
 * every violation in {@code errors}, each with the JSON path of the field at fault.
 */
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(String type, String title, int status, String detail, String instance,
        List<ValidationError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Built directly rather than parsed, so that problems can be made without a JAX-RS runtime (in tests). */
    public static final MediaType TYPE = new MediaType("application", "problem+json");

    public static Problem of(Response.StatusType status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null, null);
    }

    public static Problem validation(String detail, List<ValidationError> errors) {
        return new Problem("urn:passerelle:problem:validation", "Invalid request", 400, detail, null, errors);
    }

    public Problem at(String instance) {
        return new Problem(type, title, status, detail, instance, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(TYPE).entity(this).build();
    }
}
