package org.passerelle.assistant.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.passerelle.assistant.Assistant;
import org.passerelle.assistant.api.AskRequest;
import org.passerelle.backend.dataset.DatasetJson;

/** Asks the assistant a question and gives its answer as JSON: in process, or over HTTP against a running instance. */
@FunctionalInterface
public interface AskClient {

    JsonNode ask(String question, String conversationId, String lang, String asOf);

    static AskClient inProcess(Assistant assistant) {
        ObjectMapper mapper = DatasetJson.mapper();
        return (question, conversationId, lang, asOf) -> mapper.valueToTree(assistant.ask(new AskRequest(question,
                conversationId, lang, asOf == null ? null : LocalDate.parse(asOf))));
    }

    static AskClient http(String baseUrl) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ObjectMapper mapper = new ObjectMapper();
        String url = baseUrl.replaceAll("/+$", "") + "/api/assistant/ask";
        return (question, conversationId, lang, asOf) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("question", question);
            body.put("conversationId", conversationId);
            body.put("lang", lang);
            body.put("asOf", asOf);
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + response.statusCode() + " for '" + question + "': "
                            + response.body());
                }
                return mapper.readTree(response.body());
            } catch (IOException e) {
                throw new IllegalStateException("Cannot reach " + url + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        };
    }
}
