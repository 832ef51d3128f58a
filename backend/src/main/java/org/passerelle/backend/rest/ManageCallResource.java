package org.passerelle.backend.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.backend.dataset.CallData;
import org.passerelle.backend.dataset.DatasetReader;
import org.passerelle.backend.security.Roles;
import org.passerelle.backend.service.CallService;
import org.passerelle.domain.call.CallFilter;
import org.passerelle.domain.call.CallState;
import org.passerelle.domain.programme.ProgrammeStatus;
import org.passerelle.domain.shared.Page;
import org.passerelle.domain.shared.PageRequest;

/** Calls for projects of programmes in every status, for the people who manage them. */
@Path("manage/calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls (management)", description = "Calls of programmes in every status: reading for every role,"
        + " changes for managers.")
@SecurityRequirement(name = "basic")
public class ManageCallResource {

    private static final String DEFINITION = "call";

    @Inject
    private CallService calls;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Calls filtered by text, programme, programme status and state on a day, sorted and paged",
            description = "state (UPCOMING, OPEN, CLOSED) is judged on asOf (YYYY-MM-DD, today when absent);"
                    + " sort=code|title|programme|opensOn|closesOn,asc|desc; answer {items, total}.")
    public Page<CallData> list(@QueryParam("q") String q, @QueryParam("text") String text,
            @QueryParam("programme") String programme, @QueryParam("programmeStatus") String programmeStatus,
            @QueryParam("state") String state, @QueryParam("asOf") String asOf,
            @QueryParam("sort") List<String> sort, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Params params = new Params();
        CallFilter filter = new CallFilter(Params.text(q, text), Params.text(programme),
                params.choice("state", state, CallState.class), params.date("asOf", asOf),
                params.choice("programmeStatus", programmeStatus, ProgrammeStatus.class));
        PageRequest request = params.page(page, size, sort);
        params.check();
        return calls.list(filter, request);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "One call in the dataset shape; its ETag is its version")
    public Response get(@PathParam("code") String code) {
        CallService.Versioned found = calls.get(code);
        return Answers.versioned(found.call(), found.version());
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Create a call from a record in the dataset shape")
    public Response create(String body, @Context UriInfo uri) {
        CallService.Versioned created = calls.create(DatasetReader.record(body, DEFINITION, CallData.class));
        return Answers.created(uri, created.call().code(), created.call(), created.version());
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Replace a call; If-Match (optional) names the version edited")
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            String body) {
        Long expected = Params.ifMatch(ifMatch);
        CallData data = DatasetReader.record(body, DEFINITION, CallData.class);
        CallService.Versioned updated = calls.update(code, data, expected);
        return Answers.versioned(updated.call(), updated.version());
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Delete a call; refused while projects refer to it")
    public void delete(@PathParam("code") String code) {
        calls.delete(code);
    }
}
