package org.passerelle.ui.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.passerelle.backend.it.ItSupport;

/** Dataset documents for the tests: the contract's example, and broken copies of it. */
final class Documents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Documents() {
    }

    static String minimal() {
        return ItSupport.contract("examples/minimal-dataset.json");
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example with one change made to it. */
    static String minimalWith(Consumer<ObjectNode> change) {
        ObjectNode document = (ObjectNode) parse(minimal());
        change.accept(document);
        return document.toString();
    }

    static ObjectNode at(JsonNode document, String kind, int index) {
        return (ObjectNode) document.get(kind).get(index);
    }
}
