package org.passerelle.backend.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The contract's files, read from the shared specification beside the repository. */
public final class Documents {

    /** Tests run in the module's directory; the specification sits beside the repository. */
    public static final Path SPEC = Path.of("../../shared/spec");

    private Documents() {
    }

    public static String text(String relative) {
        try {
            return Files.readString(SPEC.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The contract file " + SPEC.resolve(relative).toAbsolutePath()
                    + " cannot be read", e);
        }
    }

    /** A fresh, editable copy of the contract's minimal dataset. */
    public static ObjectNode minimal() {
        return (ObjectNode) tree(text("examples/minimal-dataset.json"));
    }

    public static JsonNode tree(String json) {
        try {
            return DatasetJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static String json(JsonNode node) {
        return node.toString();
    }

    /** The object at a JSON pointer of {@code document}, to edit in place. */
    public static ObjectNode at(JsonNode document, String pointer) {
        return (ObjectNode) document.at(pointer);
    }
}
