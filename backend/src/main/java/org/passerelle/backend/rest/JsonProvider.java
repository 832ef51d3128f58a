package org.passerelle.backend.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.passerelle.backend.dataset.DatasetJson;
import org.passerelle.backend.dataset.ValidationError;
import org.passerelle.backend.dataset.ValidationException;

/**
 * Reads and writes the API's JSON with the dataset format's settings (strict input, exact numbers),
 * instead of the runtime's default JSON-B. A body that cannot be read becomes a validation problem
 * naming the field, never a server error.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    private final ObjectMapper mapper = DatasetJson.mapper();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return !isPlain(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        return read(new String(entityStream.readAllBytes(), StandardCharsets.UTF_8),
                mapper.getTypeFactory().constructType(genericType));
    }

    /**
     * Reads a JSON body that a resource took as text (because it may be empty, say), with the same rules
     * and the same errors as a body the runtime reads.
     */
    public static <T> T read(String body, Class<T> type) {
        return read(body, DatasetJson.mapper().getTypeFactory().constructType(type));
    }

    private static <T> T read(String body, JavaType type) {
        if (body == null || body.isBlank()) {
            throw ValidationException.single("$", "The body is empty: a JSON document was expected.");
        }
        T value;
        try {
            value = DatasetJson.mapper().readValue(body, type);
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        }
        if (value == null) {
            throw ValidationException.single("$", "The body is null: a JSON object was expected.");
        }
        return value;
    }

    /** A JSON problem as a validation error at the path of the field that could not be read. */
    public static ValidationException unreadable(JsonProcessingException e) {
        String path = "$";
        if (e instanceof JsonMappingException mapping) {
            StringBuilder builder = new StringBuilder("$");
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    builder.append('.').append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    builder.append('[').append(ref.getIndex()).append(']');
                }
            }
            path = builder.toString();
        }
        String message = e.getOriginalMessage();
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown) {
            message = "Unknown field '" + unknown.getPropertyName() + "'.";
            path = path.endsWith("." + unknown.getPropertyName()) ? path : path + "." + unknown.getPropertyName();
        } else if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException invalid) {
            message = "'" + invalid.getValue() + "' is not a valid value"
                    + (invalid.getTargetType() != null && invalid.getTargetType().isEnum()
                            ? "; expected one of " + List.of(invalid.getTargetType().getEnumConstants())
                            : " of type " + simpleName(invalid.getTargetType()))
                    + ".";
        } else if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch) {
            message = "The value has the wrong type; expected " + simpleName(mismatch.getTargetType()) + ".";
        } else if (e.getLocation() != null) {
            message = "The body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage();
        }
        return new ValidationException(message, List.of(new ValidationError(path, message)));
    }

    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return !isPlain(type);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        mapper.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(entityStream, value);
    }

    private static boolean isPlain(Class<?> type) {
        return type == String.class || type == byte[].class || InputStream.class.isAssignableFrom(type)
                || jakarta.ws.rs.core.StreamingOutput.class.isAssignableFrom(type);
    }
}
