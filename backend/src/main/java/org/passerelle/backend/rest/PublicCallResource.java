package org.passerelle.backend.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.backend.service.PublicCall;
import org.passerelle.backend.service.PublicProgrammeService;
import org.passerelle.domain.call.CallState;
import org.passerelle.domain.shared.Page;

/** The calls for projects of published programmes, for everyone. */
@Path("calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls", description = "Calls for projects of published programmes, open to the public.")
public class PublicCallResource {

    @Inject
    private PublicProgrammeService programmes;

    @GET
    @PermitAll
    @Operation(summary = "Calls of published programmes, soonest closing first",
            description = "state (UPCOMING, OPEN, CLOSED) is judged on asOf (YYYY-MM-DD, today when absent);"
                    + " programme narrows to one programme's code. Each call carries its state on that day.")
    public Page<PublicCall> list(@QueryParam("state") String state, @QueryParam("programme") String programme,
            @QueryParam("asOf") String asOf, @QueryParam("page") String page, @QueryParam("size") String size) {
        Params params = new Params();
        CallState callState = params.choice("state", state, CallState.class);
        LocalDate day = params.date("asOf", asOf);
        int number = params.pageNumber(page);
        int pageSize = params.pageSize(size);
        params.check();
        return programmes.calls(callState, Params.text(programme), day, number, pageSize);
    }
}
