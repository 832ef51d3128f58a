package org.passerelle.backend.dataset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.List;

/**
 * Turns a request body into a dataset document or a record, or into the list of everything wrong
 * with it: malformed JSON, an empty body, every schema violation. When the schema fails, a forgiving
 * read still gives the document to the checks of references and cross-field rules, so that one answer
 * lists all the problems it can find.
 */
public final class DatasetReader {

    private DatasetReader() {
    }

    /** The outcome of reading: the document (strict or forgiving), and the errors found so far. */
    public record Read<T>(T value, List<ValidationError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public static Read<DatasetDocument> document(String body) {
        JsonNode node = parse(body);
        List<ValidationError> errors = DatasetSchema.get().validateDocument(node);
        return bind(node, DatasetDocument.class, errors);
    }

    /** A single record of the API, checked against one definition of the schema. */
    public static <T> T record(String body, String definition, Class<T> type) {
        JsonNode node = parse(body);
        List<ValidationError> errors = DatasetSchema.get().validateRecord(definition, node, "$");
        if (!errors.isEmpty()) {
            throw new ValidationException("The " + definition + " is not valid", errors);
        }
        try {
            return DatasetJson.mapper().treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw ValidationException.single("$", "The " + definition + " cannot be read: " + e.getOriginalMessage());
        }
    }

    /** Parses JSON text, refusing an empty body and malformed JSON with a clear error at {@code $}. */
    public static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw ValidationException.single("$", "The body is empty: a JSON document was expected.");
        }
        try {
            ObjectReader reader = DatasetJson.mapper().reader();
            JsonNode node = reader.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw ValidationException.single("$", "The body is empty: a JSON document was expected.");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw ValidationException.single("$", "The body is not valid JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    private static <T> Read<T> bind(JsonNode node, Class<T> type, List<ValidationError> errors) {
        try {
            if (errors.isEmpty()) {
                return new Read<>(DatasetJson.mapper().treeToValue(node, type), errors);
            }
            return new Read<>(DatasetJson.lenient().treeToValue(node, type), errors);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            if (errors.isEmpty()) {
                String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
                return new Read<>(null, List.of(new ValidationError("$", "The document cannot be read: " + message)));
            }
            return new Read<>(null, errors);
        }
    }
}
