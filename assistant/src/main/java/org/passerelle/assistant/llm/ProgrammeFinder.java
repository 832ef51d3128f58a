package org.passerelle.assistant.llm;

import java.util.List;
import org.passerelle.assistant.eligibility.ApplicantProfile;
import org.passerelle.assistant.semantic.ScoredCode;

/**
 * Finds the published programmes about a subject that suit the asker's profile, best first; the search
 * tool's only dependency on retrieval.
 */
@FunctionalInterface
public interface ProgrammeFinder {

    List<ScoredCode> find(String subject, ApplicantProfile profile, int limit);
}
