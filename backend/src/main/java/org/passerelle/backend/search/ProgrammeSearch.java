package org.passerelle.backend.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.store.AlreadyClosedException;
import org.passerelle.backend.dataset.DatasetChanged;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.service.PublishedProgrammes;
import org.passerelle.backend.startup.DataLoaded;
import org.passerelle.backend.startup.Readiness;

/**
 * Full-text search of the published programmes, for the public API, the UI and the assistant's
 * retrieval. The index is built once the data is loaded at start, and rebuilt whole after every
 * committed change of programmes or calls (10,000 programmes rebuild in about a second; the
 * partnership has tens). Readers always search one complete index: a rebuilt index is swapped in, and
 * the old one closes when its last search ends.
 */
@ApplicationScoped
public class ProgrammeSearch {

    private static final Logger LOG = Logger.getLogger(ProgrammeSearch.class.getName());

    private final PublishedProgrammes published;
    private final Readiness readiness;
    private final Clock clock;

    private volatile ProgrammeIndex index = ProgrammeIndex.empty();

    @Inject
    public ProgrammeSearch(PublishedProgrammes published, Readiness readiness, Clock clock) {
        this.published = published;
        this.readiness = readiness;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected ProgrammeSearch() {
        this(null, null, null);
    }

    void onDataLoaded(@Observes DataLoaded event) {
        rebuild();
        readiness.completed(Readiness.Step.SEARCH_INDEXED);
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) DatasetChanged event) {
        try {
            rebuild();
        } catch (RuntimeException e) {
            // The change is committed: keep serving the previous index rather than fail the caller.
            LOG.log(Level.SEVERE, "The programme index could not be rebuilt after a change", e);
        }
    }

    /** Builds the index from the published programmes now in the database and swaps it in. */
    public void rebuild() {
        PublishedProgrammes.Snapshot snapshot = published.load();
        long start = System.nanoTime();
        swap(ProgrammeIndex.build(snapshot.programmes(), snapshot.calls()));
        LOG.info(() -> "Programme index built: " + index.size() + " published programmes in "
                + (System.nanoTime() - start) / 1_000_000 + " ms.");
    }

    synchronized void swap(ProgrammeIndex next) {
        ProgrammeIndex previous = index;
        index = next;
        previous.retire();
    }

    /** The matching published programmes, best first; {@code asOf} absent means today. */
    public SearchResult search(SearchQuery query) {
        return find(query).result();
    }

    /**
     * As {@link #search}, with the page's programmes in the dataset shape (name, summary, themes… in both
     * languages), read from the same index as the hits: what a catalogue page shows.
     */
    public ProgrammeIndex.Found find(SearchQuery query) {
        SearchQuery dated = query.asOf() == null ? query.asOf(LocalDate.now(clock)) : query;
        while (true) {
            try {
                return index.find(dated);
            } catch (AlreadyClosedException replaced) {
                // Swapped out between reading the field and searching: search the new one.
            }
        }
    }

    /** A published programme as indexed, without touching the database. */
    public Optional<ProgrammeData> programme(String code) {
        return index.programme(code);
    }
}
