package org.passerelle.assistant.evaluation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The assistant's evaluation set: dialogues written for the demo dataset, each turn with what a right
 * answer contains. Read from {@code evaluation/*.yaml} on the class path (the assistant's test jar).
 */
public record EvaluationSet(List<Dialogue> dialogues) {

    public static final List<String> FILES = List.of("evaluation/dialogues-fr.yaml", "evaluation/dialogues-en.yaml",
            "evaluation/held-out.yaml");

    /** A conversation: its turns share one conversation id. {@code heldOut}: not used to tune the assistant. */
    public record Dialogue(String id, String lang, boolean heldOut, List<Turn> turns) {
    }

    /**
     * One question and what its answer must hold: {@code top1} first programme, {@code top3} within the
     * first three, {@code none} no programme at all, {@code verdicts} per programme, {@code profile}
     * fields, {@code facts} substrings of the answer (figures from the data), {@code lang} if the turn's
     * language differs from the dialogue's.
     */
    public record Turn(String q, String lang, String asOf, String top1, String top3, Boolean none,
            Map<String, String> verdicts, Map<String, Object> profile, List<String> facts) {
    }

    public static EvaluationSet load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        List<Dialogue> all = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = EvaluationSet.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("Missing " + file);
                }
                all.addAll(yaml.readValue(in, EvaluationSet.class).dialogues());
            } catch (IOException e) {
                throw new UncheckedIOException(file, e);
            }
        }
        return new EvaluationSet(all);
    }

    public int turns() {
        return dialogues.stream().mapToInt(d -> d.turns().size()).sum();
    }
}
