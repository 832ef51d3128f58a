package org.passerelle.assistant.llm;

import java.time.LocalDate;
import org.passerelle.assistant.eligibility.ApplicantProfile;

/**
 * What the tools of one answer take as given: the asker's profile as the model-free understanding
 * read it (the model cannot change it), the day taken as today, and the answer's language.
 */
public record AnswerContext(ApplicantProfile profile, LocalDate today, String lang) {
}
