package org.passerelle.assistant.llm;

/** Which language model phrases the assistant's answers: none (the default, model-free), or a server. */
public enum LlmProvider {
    /** No model: the assistant answers with its own understanding and templates. */
    NONE,
    /** Any server speaking the OpenAI chat-completions protocol (OpenAI, vLLM, llama.cpp, LocalAI…). */
    OPENAI,
    /** An Ollama server. */
    OLLAMA
}
