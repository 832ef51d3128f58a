package org.passerelle.backend.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.backend.security.Roles;
import org.passerelle.backend.service.AuditEntry;
import org.passerelle.backend.service.AuditService;
import org.passerelle.domain.audit.AuditAction;
import org.passerelle.domain.audit.AuditFilter;
import org.passerelle.domain.shared.Page;
import org.passerelle.domain.shared.PageRequest;

/** The audit trail: who changed what, when, with the states before and after. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The audit trail, for administrators and managers.")
@SecurityRequirement(name = "basic")
public class AuditResource {

    @Inject
    private AuditService audit;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(summary = "Audit events, newest first, filtered and paged",
            description = "from and to are instants (2026-03-01T10:00:00Z) or days (2026-03-01, UTC; a day as"
                    + " 'to' is included); action is CREATE, UPDATE, DELETE, STATUS_CHANGE, IMPORT or LOGIN;"
                    + " entityType is Programme, Call, Organisation, Project, Account or Dataset;"
                    + " sort=at|actor|action|entityType|entityKey,asc|desc; answer {items, total}.")
    public Page<AuditEntry> list(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("entityType") String entityType, @QueryParam("entityKey") String entityKey,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("sort") List<String> sort,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Params params = new Params();
        AuditFilter filter = new AuditFilter(Params.text(actor), params.choice("action", action, AuditAction.class),
                Params.text(entityType), Params.text(entityKey), params.instant("from", from, false),
                params.instant("to", to, true));
        PageRequest request = params.page(page, size, sort);
        params.check();
        return audit.list(filter, request);
    }
}
