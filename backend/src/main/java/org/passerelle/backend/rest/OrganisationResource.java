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
import org.passerelle.backend.dataset.DatasetReader;
import org.passerelle.backend.dataset.OrganisationData;
import org.passerelle.backend.security.Roles;
import org.passerelle.backend.service.OrganisationService;
import org.passerelle.domain.organisation.OrganisationFilter;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Page;
import org.passerelle.domain.shared.PageRequest;
import org.passerelle.domain.shared.Territory;

/** Partner organisations. */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Partner organisations: reading for every role, changes for managers.")
@SecurityRequirement(name = "basic")
public class OrganisationResource {

    private static final String DEFINITION = "organisation";

    @Inject
    private OrganisationService organisations;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Organisations filtered by text (code, name, city, area), type and territory, sorted and"
            + " paged", description = "sort=code|name|type|territory|area|city,asc|desc; answer {items, total}.")
    public Page<OrganisationData> list(@QueryParam("q") String q, @QueryParam("text") String text,
            @QueryParam("type") String type, @QueryParam("territory") String territory,
            @QueryParam("sort") List<String> sort, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Params params = new Params();
        OrganisationFilter filter = new OrganisationFilter(Params.text(q, text),
                params.choice("type", type, ApplicantType.class), params.choice("territory", territory,
                        Territory.class));
        PageRequest request = params.page(page, size, sort);
        params.check();
        return organisations.list(filter, request);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "One organisation in the dataset shape; its ETag is its version")
    public Response get(@PathParam("code") String code) {
        OrganisationService.Versioned found = organisations.get(code);
        return Answers.versioned(found.organisation(), found.version());
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Create an organisation from a record in the dataset shape")
    public Response create(String body, @Context UriInfo uri) {
        OrganisationService.Versioned created = organisations.create(DatasetReader.record(body, DEFINITION,
                OrganisationData.class));
        return Answers.created(uri, created.organisation().code(), created.organisation(), created.version());
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Replace an organisation; If-Match (optional) names the version edited")
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            String body) {
        Long expected = Params.ifMatch(ifMatch);
        OrganisationData data = DatasetReader.record(body, DEFINITION, OrganisationData.class);
        OrganisationService.Versioned updated = organisations.update(code, data, expected);
        return Answers.versioned(updated.organisation(), updated.version());
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Delete an organisation; refused while it leads or joins a project")
    public void delete(@PathParam("code") String code) {
        organisations.delete(code);
    }
}
