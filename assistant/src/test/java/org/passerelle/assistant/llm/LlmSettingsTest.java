package org.passerelle.assistant.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LlmSettingsTest {

    @Test
    void without_settings_there_is_no_model_and_the_timeout_is_twenty_seconds() {
        LlmSettings settings = read(Map.of());

        assertThat(settings.provider()).isEqualTo(LlmProvider.NONE);
        assertThat(settings.enabled()).isFalse();
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(ChatModels.create(settings)).isEmpty();
    }

    @Test
    void an_openai_compatible_local_server_needs_no_key() {
        LlmSettings settings = read(Map.of("passerelle.llm.provider", "OpenAI",
                "passerelle.llm.base.url", "http://127.0.0.1:18201/v1/", "passerelle.llm.model", "qwen2.5",
                "passerelle.llm.timeout.seconds", "5"));

        assertThat(settings.provider()).isEqualTo(LlmProvider.OPENAI);
        assertThat(settings.baseUrl()).isEqualTo("http://127.0.0.1:18201/v1");
        assertThat(settings.model()).isEqualTo("qwen2.5");
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(ChatModels.create(settings)).isPresent();
    }

    @Test
    void ollama_defaults_to_the_local_server() {
        LlmSettings settings = read(Map.of("passerelle.llm.provider", "ollama"));

        assertThat(settings.baseUrl()).isEqualTo("http://localhost:11434");
        assertThat(settings.model()).isNotBlank();
        assertThat(ChatModels.create(settings)).isPresent();
    }

    @Test
    void the_key_is_never_in_the_description() {
        LlmSettings settings = read(Map.of("passerelle.llm.provider", "openai", "passerelle.llm.api.key", "sk-secret"));

        assertThat(settings.apiKey()).contains("sk-secret");
        assertThat(settings.describe()).doesNotContain("sk-secret");
        assertThat(settings.toString()).doesNotContain("sk-secret");
    }

    @ParameterizedTest(name = "{0}={1} is refused naming {2}")
    @CsvSource({
        "passerelle.llm.provider, chatgpt, PASSERELLE_LLM_PROVIDER",
        "passerelle.llm.timeout.seconds, 0, PASSERELLE_LLM_TIMEOUT_SECONDS",
        "passerelle.llm.timeout.seconds, 2.5, PASSERELLE_LLM_TIMEOUT_SECONDS",
        "passerelle.llm.timeout.seconds, 601, PASSERELLE_LLM_TIMEOUT_SECONDS",
        "passerelle.llm.base.url, localhost:11434, PASSERELLE_LLM_BASE_URL",
        "passerelle.llm.base.url, ftp://example.org, PASSERELLE_LLM_BASE_URL"})
    void a_bad_value_stops_the_start_with_a_message_naming_the_variable(String key, String value, String variable) {
        Map<String, String> values = new java.util.HashMap<>(Map.of("passerelle.llm.provider", "ollama"));
        values.put(key, value);

        assertThatThrownBy(() -> read(values)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(variable).hasMessageContaining(value);
    }

    @Test
    void openai_itself_needs_a_key() {
        assertThatThrownBy(() -> read(Map.of("passerelle.llm.provider", "openai")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PASSERELLE_LLM_API_KEY");
    }

    private static LlmSettings read(Map<String, String> values) {
        return LlmSettings.read(key -> Optional.ofNullable(values.get(key)));
    }
}
