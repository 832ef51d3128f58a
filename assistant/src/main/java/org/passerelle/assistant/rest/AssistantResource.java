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
import org.passerelle.assistant.AssistantService;
import org.passerelle.assistant.api.AssistantAnswer;
import org.passerelle.backend.rest.JsonProvider;

/**
 * {@code POST /api/assistant/ask}: a question in French or English, answered from the published data.
 * The body is read as text and parsed here so that every malformed part (JSON, {@code asOf},
 * {@code lang}) becomes a 400 problem naming the field.
 */
@Path("assistant")
@RequestScoped
@Tag(name = "Assistant")
public class AssistantResource {

    @Inject
    AssistantService assistant;

    @POST
    @Path("ask")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answers a question about programmes, eligibility, calls and projects")
    public AssistantAnswer ask(String body) {
        return assistant.ask(JsonProvider.read(body, AskBody.class).toRequest());
    }
}
