package org.passerelle.backend.dataset;

import java.util.Set;

/**
 * Fired inside the transaction that changed programmes or calls (an import, or an edit through the
 * API or UI); observers that keep derived data, such as the search index, act once it commits.
 * {@code programmeCodes} empty means "possibly all of them".
 */
public record DatasetChanged(Set<String> programmeCodes) {

    public static DatasetChanged everything() {
        return new DatasetChanged(Set.of());
    }

    public static DatasetChanged programme(String code) {
        return new DatasetChanged(Set.of(code));
    }

    public boolean isEverything() {
        return programmeCodes.isEmpty();
    }
}
