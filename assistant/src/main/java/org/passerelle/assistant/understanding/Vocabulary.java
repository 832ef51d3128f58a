package org.passerelle.assistant.understanding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Words people use for a value (an applicant type, a territory), read from a resource under
 * {@code vocabulary/} so that adding a synonym is a one-line data change. Each line is
 * {@code VALUE = phrase; phrase; ...}.
 */
public final class Vocabulary<T> {

    /** One phrase found in a text: where, how long, and the value it names. */
    public record Mention<T>(T value, String phrase, int position) {
    }

    private record Entry<T>(String phrase, T value) {
    }

    private final List<Entry<T>> entries;

    private Vocabulary(List<Entry<T>> entries) {
        this.entries = entries;
    }

    public static <T> Vocabulary<T> load(String resource, Function<String, T> valueOf) {
        List<Entry<T>> entries = new ArrayList<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream("/org/passerelle/assistant/vocabulary/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing vocabulary " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int eq = line.indexOf('=');
                if (line.isBlank() || line.startsWith("#") || eq < 0) {
                    continue;
                }
                T value = valueOf.apply(line.substring(0, eq).trim());
                for (String phrase : line.substring(eq + 1).split(";")) {
                    String normalized = Text.normalize(phrase);
                    if (!normalized.isEmpty()) {
                        entries.add(new Entry<>(normalized, value));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Longest phrases first, so that "cooperative d activites et d emploi" wins over "cooperative".
        entries.sort(Comparator.comparingInt((Entry<T> e) -> e.phrase().length()).reversed());
        return new Vocabulary<>(List.copyOf(entries));
    }

    /** Every mention, longest phrase first at a given place; overlapping shorter ones are dropped. */
    public List<Mention<T>> mentions(Text text) {
        List<Mention<T>> found = new ArrayList<>();
        boolean[] taken = new boolean[text.normalized().length()];
        for (Entry<T> entry : entries) {
            String padded = " " + entry.phrase() + " ";
            int from = 0;
            int at;
            while ((at = text.normalized().indexOf(padded, from)) >= 0) {
                int start = at + 1;
                int end = start + entry.phrase().length();
                if (!anyTaken(taken, start, end)) {
                    for (int i = start; i < end; i++) {
                        taken[i] = true;
                    }
                    found.add(new Mention<>(entry.value(), entry.phrase(), start));
                }
                from = at + 1;
            }
        }
        found.sort(Comparator.comparingInt(Mention::position));
        return found;
    }

    /** The last mention in the text (a correction later in a sentence wins), if any. */
    public Optional<Mention<T>> last(Text text) {
        List<Mention<T>> all = mentions(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private static boolean anyTaken(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}
