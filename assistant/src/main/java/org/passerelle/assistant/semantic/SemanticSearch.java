package org.passerelle.assistant.semantic;

import dev.langchain4j.model.embedding.EmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.passerelle.backend.dataset.DatasetChanged;
import org.passerelle.backend.service.PublishedProgrammes;
import org.passerelle.backend.startup.DataLoaded;

/**
 * The application's {@link SemanticIndex} of published programmes, rebuilt on the same events as the
 * {@code Catalogue} (data loaded at start, every committed change), so both always describe the same
 * programmes. Readers see one complete index at a time. Where the embedding model's native runtime is
 * missing (the runnable jar ships it for Linux only), similarity is off and nothing else fails.
 */
@ApplicationScoped
public class SemanticSearch {

    private static final Logger LOG = Logger.getLogger(SemanticSearch.class.getName());

    private final PublishedProgrammes published;
    private final Provider<EmbeddingModel> model;
    private volatile SemanticIndex index;
    private volatile boolean unavailable;

    /** The model is asked for lazily: if its native runtime cannot load here, the rest of the application still starts. */
    @Inject
    public SemanticSearch(PublishedProgrammes published, Provider<EmbeddingModel> model) {
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
        if (unavailable) {
            return;
        }
        long start = System.nanoTime();
        try {
            SemanticIndex previous = index == null ? SemanticIndex.empty(model.get()) : index;
            index = previous.rebuild(published.load().programmes());
        } catch (RuntimeException | LinkageError e) {
            unavailable = true;
            index = null;
            LOG.log(Level.WARNING, "The embedding model cannot run on this machine (" + e
                    + "); semantic similarity is off, the assistant answers from its other retrieval.");
            return;
        }
        LOG.info(() -> "Semantic index of " + index.size() + " programmes built in "
                + (System.nanoTime() - start) / 1_000_000 + " ms.");
    }

    /** See {@link SemanticIndex#similar(String, int)}; empty before the data is loaded. */
    public List<ScoredCode> similar(String question, int k) {
        SemanticIndex current = index;
        if (current == null) {
            return List.of();
        }
        try {
            return current.similar(question, k);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Semantic similarity failed for one question: " + e);
            return List.of();
        }
    }
}
