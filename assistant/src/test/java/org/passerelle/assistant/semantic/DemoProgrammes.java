package org.passerelle.assistant.semantic;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.passerelle.backend.dataset.CallData;
import org.passerelle.backend.dataset.DatasetDocument;
import org.passerelle.backend.dataset.DatasetReader;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.domain.programme.ProgrammeStatus;

/** The demo dataset the application loads at start (published programmes only), and one shared embedding model. */
public final class DemoProgrammes {

    private static DatasetDocument document;
    private static EmbeddingModel model;
    private static SemanticIndex index;

    private DemoProgrammes() {
    }

    public static synchronized DatasetDocument document() {
        if (document == null) {
            try (InputStream in = DemoProgrammes.class.getResourceAsStream("/demo/demo-dataset.json")) {
                DatasetReader.Read<DatasetDocument> read = DatasetReader.document(
                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
                if (!read.valid()) {
                    throw new IllegalStateException("The demo dataset is not valid: " + read.errors());
                }
                document = read.value();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return document;
    }

    public static List<ProgrammeData> published() {
        return document().programmesOrEmpty().stream().filter(p -> p.status() == ProgrammeStatus.PUBLISHED).toList();
    }

    public static List<CallData> calls() {
        List<String> codes = published().stream().map(ProgrammeData::code).toList();
        return document().callsOrEmpty().stream().filter(c -> codes.contains(c.programme())).toList();
    }

    public static synchronized EmbeddingModel model() {
        if (model == null) {
            model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        }
        return model;
    }

    public static synchronized SemanticIndex index() {
        if (index == null) {
            index = SemanticIndex.build(model(), published());
        }
        return index;
    }
}
