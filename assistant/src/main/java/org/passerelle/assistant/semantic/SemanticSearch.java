package org.passerelle.assistant.semantic;

import dev.langchain4j.model.embedding.EmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.passerelle.backend.dataset.DatasetChanged;
import org.passerelle.backend.service.PublishedProgrammes;
import org.passerelle.backend.startup.DataLoaded;

/**
 * The application's {@link SemanticIndex} of published programmes, rebuilt on the same events as the
 * {@code Catalogue} (data loaded at start, every committed change), so both always describe the same
 * programmes. Readers see one complete index at a time.
 */
@ApplicationScoped
public class SemanticSearch {

    private static final Logger LOG = Logger.getLogger(SemanticSearch.class.getName());

    private final PublishedProgrammes published;
    private final EmbeddingModel model;
    private volatile SemanticIndex index;

    @Inject
    public SemanticSearch(PublishedProgrammes published, EmbeddingModel model) {
        this.published = published;
        this.model = model;
    }

    /** For CDI's proxy only. */
    protected SemanticSearch() {
        this.published = null;
        this.model = null;
    }

    void onStart(@Observes DataLoaded event) {
        rebuild();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) DatasetChanged event) {
        rebuild();
    }

    public synchronized void rebuild() {
        long start = System.nanoTime();
        SemanticIndex previous = index == null ? SemanticIndex.empty(model) : index;
        index = previous.rebuild(published.load().programmes());
        LOG.info(() -> "Semantic index of " + index.size() + " programmes built in "
                + (System.nanoTime() - start) / 1_000_000 + " ms.");
    }

    /** See {@link SemanticIndex#similar(String, int)}; empty before the data is loaded. */
    public List<ScoredCode> similar(String question, int k) {
        SemanticIndex current = index;
        return current == null ? List.of() : current.similar(question, k);
    }
}
