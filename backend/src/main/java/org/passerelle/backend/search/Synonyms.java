package org.passerelle.backend.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The partnership's vocabulary: groups of words and phrases, in French and English, that mean the same
 * thing to an applicant ("ESS", "économie sociale et solidaire", "social economy"). Kept in
 * {@code synonyms.txt} next to this class, one group a line. Applied at query time by expansion: each
 * phrase of the query found in a group is searched as any phrase of its group, so the index does not
 * change when the vocabulary does.
 *
 * <p>Phrases are compared on a light key (lower case, no accents, no elision, no final s or x) so that
 * "Coopératives d'activités" finds the group of "coopérative d'activité".
 */
final class Synonyms {

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}'’]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ELISION = Pattern.compile("^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]");

    /** A word of the query as typed, and its key. */
    record Word(String text, String key) {
    }

    /** A run of query words and what they may be searched as: the words themselves, or their group. */
    record Unit(String text, List<String> alternatives, boolean synonym) {
    }

    private final Map<List<String>, List<String>> groups;
    private final int longest;

    private Synonyms(Map<List<String>, List<String>> groups) {
        this.groups = groups;
        this.longest = groups.keySet().stream().mapToInt(List::size).max().orElse(1);
    }

    /** The vocabulary kept with the application. */
    static Synonyms standard() {
        try (InputStream in = Synonyms.class.getResourceAsStream("synonyms.txt")) {
            if (in == null) {
                throw new IllegalStateException("synonyms.txt is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One group a line, phrases separated by commas; blank lines and {@code #} comments ignored. */
    static Synonyms parse(String text) {
        Map<List<String>, List<String>> groups = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(new java.io.StringReader(text))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                List<String> group = new ArrayList<>();
                for (String phrase : content.split(",")) {
                    if (!phrase.isBlank()) {
                        group.add(phrase.strip());
                    }
                }
                for (String phrase : group) {
                    List<String> key = keys(phrase);
                    if (!key.isEmpty()) {
                        // A phrase in two groups is searched as both.
                        groups.merge(key, List.copyOf(group), Synonyms::union);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Synonyms(Collections.unmodifiableMap(groups));
    }

    /**
     * The query cut into units: the longest phrases found in a group first, every other word alone. The
     * alternatives of a unit always start with the text as typed.
     */
    List<Unit> units(String query) {
        List<Word> words = words(query);
        List<Unit> units = new ArrayList<>();
        int at = 0;
        while (at < words.size()) {
            int matched = 0;
            List<String> group = null;
            for (int length = Math.min(longest, words.size() - at); length > 0 && group == null; length--) {
                List<String> key = new ArrayList<>(length);
                for (int i = at; i < at + length; i++) {
                    key.add(words.get(i).key());
                }
                group = groups.get(key);
                matched = length;
            }
            StringBuilder text = new StringBuilder();
            int end = group == null ? at + 1 : at + matched;
            for (int i = at; i < end; i++) {
                text.append(i > at ? " " : "").append(words.get(i).text());
            }
            List<String> alternatives = new ArrayList<>();
            alternatives.add(text.toString());
            if (group != null) {
                group.stream().filter(phrase -> !alternatives.contains(phrase)).forEach(alternatives::add);
            }
            units.add(new Unit(text.toString(), List.copyOf(alternatives), group != null));
            at = end;
        }
        return units;
    }

    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String word : WORD_BREAK.split(text)) {
            String trimmed = word.replaceAll("^['’]+|['’]+$", "");
            String key = key(trimmed);
            if (!key.isEmpty()) {
                words.add(new Word(trimmed, key));
            }
        }
        return words;
    }

    private static List<String> keys(String phrase) {
        return words(phrase).stream().map(Word::key).toList();
    }

    /** Lower case, no accents or ligatures, no elided article, no final plural mark. */
    static String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
        String folded = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        folded = ELISION.matcher(folded).replaceFirst("");
        if (folded.length() > 3 && (folded.endsWith("s") || folded.endsWith("x"))) {
            folded = folded.substring(0, folded.length() - 1);
        }
        return folded;
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(phrase -> !all.contains(phrase)).forEach(all::add);
        return List.copyOf(all);
    }
}
