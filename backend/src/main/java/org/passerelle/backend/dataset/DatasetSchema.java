package org.passerelle.backend.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dataset format's JSON Schema (2020-12), as shipped in this module — the same document as the
 * contract's {@code dataset.schema.json}, which a test holds it to. Validates whole documents and, for
 * the REST API, single records against one of the schema's definitions.
 */
public final class DatasetSchema {

    static final String ID = "urn:passerelle:dataset:1";
    static final String RESOURCE = "/org/passerelle/backend/dataset/dataset.schema.json";

    private static final DatasetSchema INSTANCE = new DatasetSchema();

    private final SchemaRegistry registry;
    private final Schema document;
    private final Map<String, Schema> definitions = new ConcurrentHashMap<>();

    private DatasetSchema() {
        String text = read();
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_PATH)
                .formatAssertionsEnabled(true)
                .build();
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config).schemas(Map.of(ID, text)));
        document = registry.getSchema(SchemaLocation.of(ID));
    }

    public static DatasetSchema get() {
        return INSTANCE;
    }

    static String read() {
        try (InputStream in = DatasetSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The dataset schema is missing from the class path: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every schema violation of a whole document. */
    public List<ValidationError> validateDocument(JsonNode node) {
        return convert(document.validate(node), "$");
    }

    /**
     * Every schema violation of one record checked against a definition ({@code programme},
     * {@code call}, {@code organisation}, {@code project}), with paths below {@code base}.
     */
    public List<ValidationError> validateRecord(String definition, JsonNode node, String base) {
        Schema schema = definitions.computeIfAbsent(definition,
                name -> registry.getSchema(SchemaLocation.of(ID + "#/$defs/" + name)));
        return convert(schema.validate(node), base);
    }

    /** The validator's message, except where it quotes schema syntax at the reader. */
    private static String readable(Error error) {
        JsonNode value = error.getInstanceNode();
        if (value != null && value.isValueNode()) {
            if ("not".equals(error.getKeyword())) {
                return value + " is not allowed here.";
            }
            if ("format".equals(error.getKeyword()) && error.getSchemaNode() != null) {
                return value + " is not a valid " + error.getSchemaNode().asText() + ".";
            }
        }
        return error.getMessage();
    }

    private static List<ValidationError> convert(List<Error> errors, String base) {
        List<ValidationError> result = new ArrayList<>();
        for (Error error : errors) {
            String location = error.getInstanceLocation().toString();
            String path = base + location.substring(1);
            String message = readable(error);
            if (message.startsWith(location + ": ")) {
                message = message.substring(location.length() + 2);
            }
            String property = error.getProperty();
            if (property != null && ("additionalProperties".equals(error.getKeyword())
                    || "required".equals(error.getKeyword()))) {
                path = path + "." + property;
            }
            ValidationError converted = new ValidationError(path, message);
            if (!result.contains(converted)) {
                result.add(converted);
            }
        }
        return result;
    }
}
