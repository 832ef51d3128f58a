package org.passerelle.assistant.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.assistant.eligibility.EligibilityService;
import org.passerelle.assistant.eligibility.api.EligibilityAnswer;
import org.passerelle.assistant.eligibility.api.EligibilityRequest;
import org.passerelle.backend.dataset.ValidationException;

/** {@code POST /api/eligibility}: verdicts with their reasons, for anyone. */
@Path("eligibility")
@RequestScoped
@Tag(name = "Eligibility")
public class EligibilityResource {

    @Inject
    private EligibilityService eligibility;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Judges a profile against published programmes (all when none are named)")
    public EligibilityAnswer evaluate(EligibilityRequest request) {
        if (request == null) {
            throw ValidationException.single("$", "The body is empty: a JSON document was expected.");
        }
        return eligibility.evaluate(request);
    }
}
