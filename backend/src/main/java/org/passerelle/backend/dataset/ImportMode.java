package org.passerelle.backend.dataset;

import java.util.Locale;

/**
 * {@link #REPLACE}: the installation holds exactly the document's records afterwards.
 * {@link #MERGE}: new codes are inserted, existing ones updated, nothing is deleted.
 */
public enum ImportMode {
    REPLACE,
    MERGE;

    /** The mode named in a request ({@code replace} or {@code merge}, any case); {@code null} if neither. */
    public static ImportMode parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "replace" -> REPLACE;
            case "merge" -> MERGE;
            default -> null;
        };
    }
}
