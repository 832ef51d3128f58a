package org.passerelle.backend.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.backend.dataset.DatasetExporter;
import org.passerelle.backend.dataset.DatasetImporter;
import org.passerelle.backend.dataset.ImportMode;
import org.passerelle.backend.dataset.ImportSummary;
import org.passerelle.backend.security.Roles;

/** Moving the whole installation's data in and out, for administrators. */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Dataset import and export, for administrators.")
@SecurityRequirement(name = "basic")
public class AdminResource {

    @Inject
    private DatasetImporter importer;

    @Inject
    private DatasetExporter exporter;

    @Inject
    private Clock clock;

    @POST
    @Path("import")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import a dataset document (mode=replace or merge)",
            description = "The whole document is checked before anything is written: a document with any error"
                    + " changes nothing and the 400 answer lists every error with its JSON path. The answer counts"
                    + " what the installation holds afterwards.")
    public ImportSummary importDataset(@QueryParam("mode") String mode, String body) {
        // The importer parses the text itself, so that malformed JSON is reported like any other error.
        return importer.importDataset(body, ImportMode.parse(mode));
    }

    @GET
    @Path("export")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The whole installation as a dataset document")
    public Response exportDataset() {
        return Response.ok(exporter.export())
                .header("Content-Disposition", "attachment; filename=\"passerelle-dataset-" + LocalDate.now(clock)
                        + ".json\"")
                .build();
    }
}
