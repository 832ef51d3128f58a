package org.passerelle.assistant.retrieval;

import java.util.List;

/**
 * A full-text search of the published programmes giving codes best first: the backend's Lucene
 * {@code ProgrammeSearch} in the application, a {@code ProgrammeIndex} built from a dataset in tests.
 */
@FunctionalInterface
public interface TextSearch {

    List<String> codes(String text, int limit);

    static TextSearch none() {
        return (text, limit) -> List.of();
    }
}
