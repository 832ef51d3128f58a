package org.passerelle.assistant.conversation;

import java.util.List;
import org.passerelle.assistant.eligibility.ApplicantProfile;

/**
 * What a conversation remembers between turns: the profile understood so far, the language, and the
 * programmes last talked about (the subject of "Et quel est le plafond ?").
 */
public record Conversation(String id, String lang, ApplicantProfile profile, List<String> subject) {

    public static Conversation start(String id, String lang) {
        return new Conversation(id, lang, ApplicantProfile.empty(), List.of());
    }

    public Conversation next(String lang, ApplicantProfile profile, List<String> subject) {
        return new Conversation(id, lang, profile, List.copyOf(subject));
    }
}
