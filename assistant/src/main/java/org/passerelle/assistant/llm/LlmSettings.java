package org.passerelle.assistant.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.passerelle.backend.config.Settings;

/**
 * The language-model settings, checked once at start: a wrong value stops the application with a
 * message naming the environment variable, rather than failing at the first question.
 *
 * @param provider which model, {@code PASSERELLE_LLM_PROVIDER}
 * @param baseUrl the server, {@code PASSERELLE_LLM_BASE_URL} (provider's usual address when absent)
 * @param model the model name, {@code PASSERELLE_LLM_MODEL}
 * @param apiKey the key, {@code PASSERELLE_LLM_API_KEY} (environment only; never logged)
 * @param timeout how long one model call may take, {@code PASSERELLE_LLM_TIMEOUT_SECONDS} (20 s)
 */
public record LlmSettings(LlmProvider provider, String baseUrl, String model, Optional<String> apiKey,
        Duration timeout) {

    public static final String TIMEOUT_SECONDS = "passerelle.llm.timeout.seconds";
    public static final int DEFAULT_TIMEOUT_SECONDS = 20;
    public static final int MAX_TIMEOUT_SECONDS = 600;
    static final String OPENAI_URL = "https://api.openai.com/v1";
    static final String OPENAI_MODEL = "gpt-4o-mini";
    static final String OLLAMA_URL = "http://localhost:11434";
    static final String OLLAMA_MODEL = "llama3.1";

    public static LlmSettings none() {
        return new LlmSettings(LlmProvider.NONE, null, null, Optional.empty(), Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS));
    }

    public static LlmSettings read(Settings settings) {
        return read(settings::text);
    }

    /** Reads the settings from {@code values} (MicroProfile Config keys); throws {@link IllegalStateException}. */
    public static LlmSettings read(Function<String, Optional<String>> values) {
        LlmProvider provider = provider(values.apply(Settings.LLM_PROVIDER));
        Duration timeout = timeout(values.apply(TIMEOUT_SECONDS));
        if (provider == LlmProvider.NONE) {
            return new LlmSettings(provider, null, null, Optional.empty(), timeout);
        }
        String baseUrl = values.apply(Settings.LLM_BASE_URL).map(LlmSettings::url)
                .orElse(provider == LlmProvider.OPENAI ? OPENAI_URL : OLLAMA_URL);
        String model = values.apply(Settings.LLM_MODEL).orElse(provider == LlmProvider.OPENAI ? OPENAI_MODEL : OLLAMA_MODEL);
        Optional<String> apiKey = values.apply(Settings.LLM_API_KEY);
        if (provider == LlmProvider.OPENAI && baseUrl.equals(OPENAI_URL) && apiKey.isEmpty()) {
            // Only OpenAI's own service is known to need a key; local compatible servers often do not.
            throw new IllegalStateException("PASSERELLE_LLM_API_KEY must be set when PASSERELLE_LLM_PROVIDER=openai"
                    + " uses " + OPENAI_URL + " (set PASSERELLE_LLM_BASE_URL for a local OpenAI-compatible server).");
        }
        return new LlmSettings(provider, baseUrl, model, apiKey, timeout);
    }

    public boolean enabled() {
        return provider != LlmProvider.NONE;
    }

    /** What the log may say about the model (never the key). */
    public String describe() {
        return enabled() ? provider.name().toLowerCase(Locale.ROOT) + " model '" + model + "' at " + baseUrl
                + ", timeout " + timeout.toSeconds() + " s" : "none (model-free answers)";
    }

    private static LlmProvider provider(Optional<String> value) {
        String text = value.orElse("none").toUpperCase(Locale.ROOT);
        try {
            return LlmProvider.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("PASSERELLE_LLM_PROVIDER must be none, openai or ollama, not '"
                    + value.orElse("") + "'.");
        }
    }

    private static Duration timeout(Optional<String> value) {
        if (value.isEmpty()) {
            return Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
        }
        try {
            int seconds = Integer.parseInt(value.get());
            if (seconds >= 1 && seconds <= MAX_TIMEOUT_SECONDS) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException("PASSERELLE_LLM_TIMEOUT_SECONDS must be a whole number of seconds from 1 to "
                + MAX_TIMEOUT_SECONDS + ", not '" + value.get() + "'.");
    }

    private static String url(String value) {
        try {
            URI uri = new URI(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new IllegalStateException("PASSERELLE_LLM_BASE_URL must be an http:// or https:// address, not '"
                + value + "'.");
    }

    @Override
    public String toString() {
        return "LlmSettings[" + describe() + "]";
    }
}
