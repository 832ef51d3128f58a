package org.passerelle.backend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.passerelle.backend.dataset.DatasetMapper;
import org.passerelle.backend.search.ProgrammeIndex;
import org.passerelle.backend.search.ProgrammeSearch;
import org.passerelle.backend.search.SearchQuery;
import org.passerelle.domain.call.CallFilter;
import org.passerelle.domain.call.CallRepository;
import org.passerelle.domain.call.CallState;
import org.passerelle.domain.programme.Programme;
import org.passerelle.domain.programme.ProgrammeRepository;
import org.passerelle.domain.programme.ProgrammeStatus;
import org.passerelle.domain.shared.Page;
import org.passerelle.domain.shared.PageRequest;

/**
 * What the public may read: published programmes and their calls, nothing else. Read only.
 */
@ApplicationScoped
public class PublicProgrammeService {

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private CallRepository calls;

    @Inject
    private Clock clock;

    @Inject
    private ProgrammeSearch search;

    /**
     * The published programmes that match, best first when there is free text, by code otherwise, read
     * from the search index (which follows every committed change). Facets only when asked for.
     */
    public ProgrammePage search(SearchQuery query, boolean withFacets) {
        ProgrammeIndex.Found found = search.find(query);
        return new ProgrammePage(found.programmes(), found.result().total(),
                withFacets ? found.result().facets() : null);
    }

    /** A published programme with its calls and their state today; not found when not published. */
    @Transactional
    public PublicProgramme getPublished(String code) {
        Programme programme = programmes.findByCode(code).filter(Programme::isPublished)
                .orElseThrow(() -> new RecordNotFound("published programme", code));
        LocalDate today = LocalDate.now(clock);
        return new PublicProgramme(DatasetMapper.toData(programme),
                calls.findByProgramme(programme).stream().map(call -> PublicCall.of(call, today)).toList());
    }

    /**
     * The calls of published programmes, narrowed to a state on {@code asOf} (today when absent) and to
     * one programme, soonest closing first.
     */
    @Transactional
    public Page<PublicCall> calls(CallState state, String programme, LocalDate asOf, int page, int size) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        CallFilter filter = new CallFilter(null, programme, state, day, ProgrammeStatus.PUBLISHED);
        PageRequest request = PageRequest.page(page, size, PageRequest.SortOrder.asc("closesOn"));
        return new Page<>(calls.find(filter, request).stream().map(call -> PublicCall.of(call, day)).toList(),
                calls.count(filter));
    }
}
