package org.passerelle.ui.manage.support;

import java.util.Arrays;
import java.util.List;
import org.passerelle.backend.dataset.TextData;

/** Small conversions between form fields (plain strings) and the dataset's values. */
public final class Texts {

    private Texts() {
    }

    /** Null for a blank field, so that optional values are absent rather than empty. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** A bilingual text from two fields; absent when both are blank. */
    public static TextData text(String fr, String en) {
        String french = blankToNull(fr);
        String english = blankToNull(en);
        return french == null && english == null ? null : new TextData(french, english);
    }

    /** Comma-separated words as a list ({@code "a, b"} → {@code [a, b]}). */
    public static List<String> words(String value) {
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public static String joined(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    /** One entry per non-blank line. */
    public static List<String> lines(String value) {
        return value == null ? List.of() : value.lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public static String fr(TextData text) {
        return text == null ? "" : orEmpty(text.fr());
    }

    public static String en(TextData text) {
        return text == null ? "" : orEmpty(text.en());
    }
}
