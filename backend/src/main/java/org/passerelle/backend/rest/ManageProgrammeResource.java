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
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.security.Roles;
import org.passerelle.backend.service.ProgrammeService;
import org.passerelle.domain.programme.ProgrammeFilter;
import org.passerelle.domain.programme.ProgrammeStatus;
import org.passerelle.domain.shared.Page;
import org.passerelle.domain.shared.PageRequest;

/** Programmes in every status, for the people who manage them. */
@Path("manage/programmes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes (management)", description = "Programmes in every status: reading for every role,"
        + " changes for managers.")
@SecurityRequirement(name = "basic")
public class ManageProgrammeResource {

    private static final String DEFINITION = "programme";

    @Inject
    private ProgrammeService programmes;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Programmes filtered by text (code or name) and status, sorted and paged",
            description = "sort=code|name|status|currency,asc|desc (repeatable); answer {items, total}.")
    public Page<ProgrammeData> list(@QueryParam("q") String q, @QueryParam("text") String text,
            @QueryParam("status") String status, @QueryParam("sort") List<String> sort,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Params params = new Params();
        ProgrammeFilter filter = new ProgrammeFilter(Params.text(q, text),
                params.choice("status", status, ProgrammeStatus.class));
        PageRequest request = params.page(page, size, sort);
        params.check();
        return programmes.list(filter, request);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "One programme in the dataset shape; its ETag is its version")
    public Response get(@PathParam("code") String code) {
        ProgrammeService.Versioned found = programmes.get(code);
        return Answers.versioned(found.programme(), found.version());
    }

    @GET
    @Path("{code}/calls")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The calls of one programme, in the dataset shape")
    public List<CallData> calls(@PathParam("code") String code) {
        return programmes.callsOf(code);
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Create a programme from a record in the dataset shape (a draft unless it says otherwise)")
    public Response create(String body, @Context UriInfo uri) {
        ProgrammeService.Versioned created = programmes.create(DatasetReader.record(body, DEFINITION,
                ProgrammeData.class));
        return Answers.created(uri, created.programme().code(), created.programme(), created.version());
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Replace a programme; If-Match (optional) names the version edited")
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            String body) {
        Long expected = Params.ifMatch(ifMatch);
        ProgrammeData data = DatasetReader.record(body, DEFINITION, ProgrammeData.class);
        ProgrammeService.Versioned updated = programmes.update(code, data, expected);
        return Answers.versioned(updated.programme(), updated.version());
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Delete a programme and its calls; refused while projects refer to it")
    public void delete(@PathParam("code") String code) {
        programmes.delete(code);
    }

    @POST
    @Path("{code}/publish")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Publish a programme: the public and the assistant see it")
    public Response publish(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ProgrammeService.Versioned done = programmes.publish(code, Params.ifMatch(ifMatch));
        return Answers.versioned(done.programme(), done.version());
    }

    @POST
    @Path("{code}/archive")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Archive a programme: out of the public's sight, kept for its projects")
    public Response archive(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ProgrammeService.Versioned done = programmes.archive(code, Params.ifMatch(ifMatch));
        return Answers.versioned(done.programme(), done.version());
    }

    @POST
    @Path("{code}/unpublish")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Take a programme back to draft")
    public Response unpublish(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ProgrammeService.Versioned done = programmes.unpublish(code, Params.ifMatch(ifMatch));
        return Answers.versioned(done.programme(), done.version());
    }
}
