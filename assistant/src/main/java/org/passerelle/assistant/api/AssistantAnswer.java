package org.passerelle.assistant.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.passerelle.assistant.eligibility.api.EligibilityAnswer;
import org.passerelle.assistant.eligibility.api.ProfileData;

/**
 * The assistant's answer, as {@code http-api.md} § Assistant shapes it. The structured fields come from
 * the data and the eligibility rules, never from a language model's text; {@code suggestions} (follow-up
 * questions in the answer's language) is an extension for the chat UI.
 */
@JsonPropertyOrder({"conversationId", "lang", "answer", "profile", "programmes", "eligibility", "sources",
    "suggestions"})
public record AssistantAnswer(
        String conversationId,
        String lang,
        String answer,
        ProfileData profile,
        List<ProgrammeRef> programmes,
        List<EligibilityAnswer.Result> eligibility,
        List<Source> sources,
        List<String> suggestions) {

    /** A programme the answer is about, most relevant first. */
    public record ProgrammeRef(String code, String name, double score) {
    }

    /** Where the applicant reads more about a programme the answer uses. */
    public record Source(String programme, String url) {
    }
}
