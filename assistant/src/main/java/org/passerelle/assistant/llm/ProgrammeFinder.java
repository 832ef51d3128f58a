package org.passerelle.assistant.llm;

import java.util.List;
import org.passerelle.assistant.semantic.ScoredCode;

/** Finds the published programmes about a subject, best first; the search tool's only dependency on retrieval. */
@FunctionalInterface
public interface ProgrammeFinder {

    List<ScoredCode> find(String subject, int limit);
}
