package org.passerelle.backend.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The JSON settings of the dataset format and of the REST API: strict on input (unknown fields,
 * duplicate keys, strings for numbers and fractions for integers are errors, as the format says), exact
 * on numbers (decimals are read as {@code BigDecimal} and written plain, never {@code 1E+4}), and
 * silent about absent values on output.
 */
public final class DatasetJson {

    private static final ObjectMapper STRICT = configure(true);
    private static final ObjectMapper LENIENT = configure(false);

    private DatasetJson() {
    }

    /** The mapper for reading and writing documents and API bodies. Thread-safe. */
    public static ObjectMapper mapper() {
        return STRICT;
    }

    /**
     * A forgiving reader, used only to look further into a document that already failed the schema,
     * so that reference and cross-field problems can be reported in the same answer.
     */
    public static ObjectMapper lenient() {
        return LENIENT;
    }

    private static ObjectMapper configure(boolean strict) {
        JsonMapper.Builder builder = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
                .configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, !strict)
                .configure(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, strict)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, strict)
                .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
                .configure(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL, !strict)
                .configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, !strict);
        JsonMapper mapper = builder.build();
        if (strict) {
            // No "15000" for 15000, no 1 for true, no "" for an absent object.
            mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        return mapper;
    }
}
