package org.passerelle.assistant.understanding;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question as the matchers read it: lower case, without accents, punctuation and hyphens turned into
 * single spaces, padded with one space at each end so that {@code contains(" word ")} matches whole
 * words only. People write "Quebec", "québec" and "Québec" alike; all three read the same here.
 */
public record Text(String original, String normalized) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9$€%]+");

    public static Text of(String original) {
        return new Text(original, " " + normalize(original) + " ");
    }

    /** Lower case, accents removed, everything but letters, digits, {@code $ € %} folded to single spaces. */
    public static String normalize(String s) {
        String lower = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        lower = MARKS.matcher(lower).replaceAll("").replace('œ', 'o').replace('æ', 'a');
        return NOT_WORD.matcher(lower).replaceAll(" ").trim();
    }

    /** Whether the whole words of {@code phrase} (already normalized) occur in order. */
    public boolean has(String phrase) {
        return normalized.contains(" " + phrase + " ");
    }

    /** Whether any of the phrases occurs. */
    public boolean hasAny(String... phrases) {
        for (String phrase : phrases) {
            if (has(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Position of the phrase's first occurrence in {@link #normalized()}, or -1. */
    public int indexOf(String phrase) {
        int i = normalized.indexOf(" " + phrase + " ");
        return i < 0 ? -1 : i + 1;
    }
}
