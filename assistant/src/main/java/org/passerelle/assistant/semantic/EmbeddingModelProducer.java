package org.passerelle.assistant.semantic;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The embedding model: quantised all-MiniLM-L6-v2, shipped inside a Maven artifact and run in-process
 * by ONNX Runtime, so semantic retrieval works offline with no model server. One instance for the
 * application (it holds the ONNX session; thread-safe); {@code @Singleton} because the class is final-ish
 * and needs no proxy.
 */
@ApplicationScoped
public class EmbeddingModelProducer {

    @Produces
    @Singleton
    EmbeddingModel embeddingModel() {
        return new AllMiniLmL6V2QuantizedEmbeddingModel();
    }
}
