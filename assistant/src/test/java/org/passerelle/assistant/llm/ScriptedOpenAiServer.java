package org.passerelle.assistant.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * A local server speaking the OpenAI chat-completions protocol ({@code POST /v1/chat/completions}) that
 * plays a script: each request gets the next scripted reply (a tool call, a text, an HTTP error, a body
 * that is not JSON, a delay). It keeps the request bodies so tests can see what the model was sent.
 */
final class ScriptedOpenAiServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One scripted reply. */
    record Reply(int status, String body, Duration delay) {
    }

    private final HttpServer server;
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<String> requests = new ArrayList<>();

    ScriptedOpenAiServer(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    static ScriptedOpenAiServer start() {
        return new ScriptedOpenAiServer(0);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The model asks for one tool call; {@code arguments} is the JSON of the arguments. */
    ScriptedOpenAiServer toolCall(String tool, String arguments) {
        ObjectNode call = JSON.createObjectNode().put("id", "call_" + (script.size() + 1)).put("type", "function");
        call.putObject("function").put("name", tool).put("arguments", arguments);
        ObjectNode message = JSON.createObjectNode().put("role", "assistant").putNull("content");
        message.putArray("tool_calls").add(call);
        return reply(200, completion(message, "tool_calls"), Duration.ZERO);
    }

    /** The model writes its final text. */
    ScriptedOpenAiServer text(String text) {
        return text(text, Duration.ZERO);
    }

    ScriptedOpenAiServer text(String text, Duration delay) {
        ObjectNode message = JSON.createObjectNode().put("role", "assistant").put("content", text);
        return reply(200, completion(message, "stop"), delay);
    }

    ScriptedOpenAiServer reply(int status, String body, Duration delay) {
        synchronized (script) {
            script.add(new Reply(status, body, delay));
        }
        return this;
    }

    List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private static String completion(ObjectNode message, String finishReason) {
        ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-test").put("object", "chat.completion")
                .put("created", 1_767_225_600L).put("model", "scripted");
        ArrayNode choices = root.putArray("choices");
        ObjectNode choice = choices.addObject().put("index", 0);
        choice.set("message", message);
        choice.put("finish_reason", finishReason);
        root.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5).put("total_tokens", 15);
        return root.toString();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        synchronized (requests) {
            requests.add(body);
        }
        Reply reply;
        synchronized (script) {
            reply = script.isEmpty() ? new Reply(500, "{\"error\":{\"message\":\"script exhausted\"}}", Duration.ZERO)
                    : script.poll();
        }
        try {
            Thread.sleep(reply.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException clientGone) {
            // the client timed out: nothing to answer
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
