package org.passerelle.ui.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passerelle.backend.it.ItSupport;
import org.passerelle.backend.it.ItSupport.Answer;

/**
 * The assistant's language-model path inside Payara: the jar started with
 * {@code PASSERELLE_LLM_PROVIDER=openai} against a local server speaking the OpenAI chat-completions
 * protocol that asks for the search tool, then phrases. The text is the model's, the structured fields
 * the data's; when the model fails the model-free answer comes back; a bad setting stops the start.
 */
class LlmPathIT {

    private static final int MODEL_PORT = 18203;
    private static final String MODEL_TEXT = "[scripted model] Festivals croisés semble convenir.";
    private static final AtomicBoolean FAILING = new AtomicBoolean();
    private static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private static HttpServer model;
    private static PasserelleProcess app;
    private static URL base;

    @BeforeAll
    static void start() throws Exception {
        model = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), MODEL_PORT), 0);
        model.createContext("/v1/chat/completions", LlmPathIT::reply);
        model.start();
        app = PasserelleProcess.start("llm", Map.of(
                "PASSERELLE_DATA_DIR", PasserelleProcess.freshDirectory("llm").toString(),
                "PASSERELLE_LLM_PROVIDER", "openai",
                "PASSERELLE_LLM_BASE_URL", "http://127.0.0.1:" + MODEL_PORT + "/v1",
                "PASSERELLE_LLM_MODEL", "scripted",
                "PASSERELLE_LLM_TIMEOUT_SECONDS", "15"));
        base = app.base().toURL();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (model != null) {
            model.stop(0);
        }
    }

    /** First call: ask for the search tool; once a tool result is in the conversation: the final text. */
    private static void reply(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        REQUESTS.add(body);
        String message = body.contains("\"role\" : \"tool\"") || body.contains("\"role\":\"tool\"")
                ? "{\"role\":\"assistant\",\"content\":\"" + MODEL_TEXT + "\"}"
                : "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\","
                        + "\"function\":{\"name\":\"searchProgrammes\",\"arguments\":\"{\\\"subject\\\":\\\"festival de musique\\\"}\"}}]}";
        String json = "{\"id\":\"x\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"scripted\",\"choices\":[{\"index\":0,"
                + "\"message\":" + message + ",\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";
        byte[] bytes = (FAILING.get() ? "{\"error\":{\"message\":\"down\"}}" : json).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(FAILING.get() ? 500 : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static Answer ask(String question) {
        return ItSupport.call("POST", base, "/api/assistant/ask",
                "{\"question\": \"" + question + "\", \"asOf\": \"2026-03-01\"}", null, null);
    }

    @Test
    void the_model_phrases_the_answer_and_the_fields_come_from_the_data_then_a_failing_model_falls_back() {
        FAILING.set(false);
        Answer phrased = ask("Nous sommes une association en Gironde, quel programme pour un festival de musique avec le Québec ?");

        assertThat(phrased.status()).isEqualTo(200);
        JsonNode json = phrased.json();
        assertThat(json.get("answer").asText()).isEqualTo(MODEL_TEXT);
        assertThat(json.get("programmes").findValuesAsText("code")).contains("FESTIVALS-CROISES");
        assertThat(json.get("profile").get("applicantType").asText()).isEqualTo("ASSOCIATION");
        assertThat(json.get("eligibility").findValuesAsText("programme")).contains("FESTIVALS-CROISES");
        assertThat(json.get("sources").findValuesAsText("programme")).contains("FESTIVALS-CROISES");
        assertThat(REQUESTS).hasSizeGreaterThanOrEqualTo(2);
        assertThat(REQUESTS.get(REQUESTS.size() - 1)).contains("FESTIVALS-CROISES");

        FAILING.set(true);
        Answer fallback = ask("Nous sommes une association en Gironde, quel programme pour un festival de musique avec le Québec ?");

        assertThat(fallback.status()).isEqualTo(200);
        assertThat(fallback.json().get("answer").asText()).isNotEqualTo(MODEL_TEXT).isNotBlank();
        assertThat(fallback.json().get("programmes").findValuesAsText("code")).contains("FESTIVALS-CROISES");
    }

    @Test
    void an_unknown_provider_stops_the_start_naming_the_variable() throws IOException {
        PasserelleProcess[] started = new PasserelleProcess[1];
        assertThatThrownBy(() -> started[0] = PasserelleProcess.start("llm-bad", Map.of(
                "PASSERELLE_DATA_DIR", PasserelleProcess.freshDirectory("llm-bad").toString(),
                "PASSERELLE_LLM_PROVIDER", "chatgpt"))).isInstanceOf(IllegalStateException.class);
        if (started[0] != null) {
            started[0].close();
        }
        assertThat(Files.readString(java.nio.file.Path.of("target", "app-llm-bad.log"))).contains("PASSERELLE_LLM_PROVIDER");
    }
}
