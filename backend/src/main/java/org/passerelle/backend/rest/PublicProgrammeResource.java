package org.passerelle.backend.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.backend.service.PublicProgramme;
import org.passerelle.backend.search.SearchQuery;
import org.passerelle.backend.service.ProgrammePage;
import org.passerelle.backend.service.PublicProgrammeService;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.PageRequest;
import org.passerelle.domain.shared.Territory;

/** Published programmes, for everyone. */
@Path("programmes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes", description = "Published programmes, open to the public.")
public class PublicProgrammeResource {

    @Inject
    private PublicProgrammeService programmes;

    @GET
    @PermitAll
    @Operation(summary = "Search the published programmes",
            description = "q: free text in French or English (accents, plurals, feminine forms, elisions, the"
                    + " partnership's synonyms and small typos are understood), ranked by relevance; without q,"
                    + " by code. axis, applicantType, territory, theme, funder (each repeatable: any of the"
                    + " values) narrow the result; applicantType and territory keep the programmes open to"
                    + " them. openCall=true keeps programmes with a call open today, or on asOf=YYYY-MM-DD"
                    + " (false: without)."
                    + " facets=true adds the counts per axis, applicantType, territory, theme, funder and"
                    + " openCallNow over all matches. Answer: {items, total[, facets]}; size 1 to 200.")
    public ProgrammePage search(@QueryParam("q") String q, @QueryParam("axis") List<String> axis,
            @QueryParam("applicantType") List<String> applicantType, @QueryParam("territory") List<String> territory,
            @QueryParam("theme") List<String> theme, @QueryParam("funder") List<String> funder,
            @QueryParam("openCall") String openCall, @QueryParam("asOf") String asOf,
            @QueryParam("facets") String facets,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Params params = new Params();
        Set<Axis> axes = params.choices("axis", axis, Axis.class);
        Set<ApplicantType> applicantTypes = params.choices("applicantType", applicantType, ApplicantType.class);
        Set<Territory> territories = params.choices("territory", territory, Territory.class);
        Boolean open = params.bool("openCall", openCall);
        LocalDate day = params.date("asOf", asOf);
        Boolean withFacets = params.bool("facets", facets);
        int number = params.pageNumber(page);
        int pageSize = params.pageSize(size);
        params.check();
        PageRequest request = PageRequest.page(number, pageSize);
        SearchQuery query = new SearchQuery(Params.text(q), axes, applicantTypes, territories, Params.texts(theme),
                Params.texts(funder), open, day, request.offset(), request.limit());
        return programmes.search(query, Boolean.TRUE.equals(withFacets));
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(summary = "One published programme in the dataset shape, with its calls and their state today")
    public PublicProgramme get(@PathParam("code") String code) {
        return programmes.getPublished(code);
    }
}
