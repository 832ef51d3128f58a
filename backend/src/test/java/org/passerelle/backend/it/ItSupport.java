package org.passerelle.backend.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

/**
 * HTTP calls against the deployed application, as a REST client would make them, and the shared test
 * documents. Bodies are parsed as JSON when they are JSON.
 */
public final class ItSupport {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = System.getProperty("passerelle.it.adminPassword", "it-admin-password");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private ItSupport() {
    }

    /** An HTTP answer: status, content type and body (parsed when JSON). */
    public record Answer(int status, String contentType, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public static Answer call(String method, URL base, String path, String body, String user, String password) {
        return call(method, base, path, body, user, password, "application/json");
    }

    public static Answer call(String method, URL base, String path, String body, String user, String password,
            String contentType) {
        return call(method, base, path, body, user, password, contentType, null);
    }

    /** A call with an {@code If-Match} header (the version an update is based on), when not null. */
    public static Answer call(String method, URL base, String path, String body, String user, String password,
            String contentType, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path.substring(1)))
                .timeout(Duration.ofSeconds(120))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Accept", "application/json, application/problem+json");
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Answer get(URL base, String path) {
        return call("GET", base, path, null, null, null);
    }

    public static Answer asAdmin(String method, URL base, String path, String body) {
        return call(method, base, path, body, ADMIN, ADMIN_PASSWORD);
    }

    /** A file of the contracts beside the repository ({@code ../shared/spec/...}), from the module directory. */
    public static String contract(String relative) {
        return read(Path.of("../../shared/spec").resolve(relative));
    }

    /** A test document from the module's test resources. */
    public static String resource(String name) {
        return read(Path.of("src/test/resources").resolve(name));
    }

    /** The bundled demo dataset, from the class path (the backend's resources). */
    public static String demoDataset() {
        try (var in = ItSupport.class.getResourceAsStream("/demo/demo-dataset.json")) {
            if (in == null) {
                throw new IllegalStateException("The demo dataset is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
