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
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.backend.dataset.DatasetReader;
import org.passerelle.backend.dataset.ProjectData;
import org.passerelle.backend.security.Roles;
import org.passerelle.backend.service.ProjectService;
import org.passerelle.backend.service.ProjectView;
import org.passerelle.backend.service.RecordNotFound;
import org.passerelle.domain.project.ProjectFilter;
import org.passerelle.domain.project.ProjectStatus;
import org.passerelle.domain.project.Transition;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Page;
import org.passerelle.domain.shared.PageRequest;

/** Cooperation projects and their workflow. */
@Path("projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "Cooperation projects: reading for every role, changes for managers,"
        + " workflow transitions for managers and reviewers.")
@SecurityRequirement(name = "basic")
public class ProjectResource {

    private static final String DEFINITION = "project";

    @Inject
    private ProjectService projects;

    /** The optional body of a transition: the grant (approval only) and a comment (required to reject or withdraw). */
    public record TransitionRequest(BigDecimal grantedAmount, String comment) {
        static final TransitionRequest NONE = new TransitionRequest(null, null);
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Projects filtered by text, status, axis, programme and organisation, sorted and paged",
            description = "organisation is the code of the lead or of a partner; sort=reference|title|status|axis|"
                    + "programme|lead|requestedAmount|grantedAmount|startDate,asc|desc; answer {items, total},"
                    + " each item without its history.")
    public Page<ProjectView> list(@QueryParam("q") String q, @QueryParam("text") String text,
            @QueryParam("status") String status, @QueryParam("axis") String axis,
            @QueryParam("programme") String programme, @QueryParam("organisation") String organisation,
            @QueryParam("sort") List<String> sort, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Params params = new Params();
        ProjectFilter filter = new ProjectFilter(Params.text(q, text),
                params.choice("status", status, ProjectStatus.class), params.choice("axis", axis, Axis.class),
                Params.text(programme), Params.text(organisation));
        PageRequest request = params.page(page, size, sort);
        params.check();
        return projects.list(filter, request);
    }

    @GET
    @Path("{reference}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "One project with its version, the transitions it may take and its history")
    public Response get(@PathParam("reference") String reference) {
        ProjectView found = projects.get(reference);
        return Answers.versioned(found, found.version());
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Create a project, as a draft, from a record in the dataset shape")
    public Response create(String body, @Context UriInfo uri) {
        ProjectView created = projects.create(DatasetReader.record(body, DEFINITION, ProjectData.class));
        return Answers.created(uri, created.project().reference(), created, created.version());
    }

    @PUT
    @Path("{reference}")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Revise a project's details; status and grant change only through transitions")
    public Response update(@PathParam("reference") String reference,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
        Long expected = Params.ifMatch(ifMatch);
        ProjectData data = DatasetReader.record(body, DEFINITION, ProjectData.class);
        ProjectView updated = projects.update(reference, data, expected);
        return Answers.versioned(updated, updated.version());
    }

    @DELETE
    @Path("{reference}")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Delete a project and its history")
    public void delete(@PathParam("reference") String reference) {
        projects.delete(reference);
    }

    @POST
    @Path("{reference}/{transition}")
    @RolesAllowed({Roles.MANAGER, Roles.REVIEWER})
    @Operation(summary = "Move a project along its workflow",
            description = "transition: submit, start-review, approve, reject, start, complete or withdraw. Body"
                    + " (optional): {\"grantedAmount\": n} for approve, {\"comment\": \"...\"} (required for reject"
                    + " and withdraw). 409 when the project's status does not allow the transition.")
    public Response transition(@PathParam("reference") String reference, @PathParam("transition") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
        Transition transition = Transition.fromSlug(slug);
        if (transition == null) {
            throw new RecordNotFound("No transition is called '" + slug + "'; the transitions are "
                    + Arrays.stream(Transition.values()).map(Transition::slug).toList() + ".");
        }
        Long expected = Params.ifMatch(ifMatch);
        TransitionRequest request = body == null || body.isBlank() ? TransitionRequest.NONE
                : JsonProvider.read(body, TransitionRequest.class);
        ProjectView moved = projects.transition(reference, transition, request.grantedAmount(), request.comment(),
                expected);
        return Answers.versioned(moved, moved.version());
    }
}
