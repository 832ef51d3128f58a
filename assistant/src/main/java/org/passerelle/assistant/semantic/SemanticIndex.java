package org.passerelle.assistant.semantic;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.backend.dataset.ProgrammeData;

/**
 * Semantic similarity between a question and the published programmes: each programme's French and
 * English passages are embedded once, and a question scores a programme by the best cosine of its
 * passages. Below {@link #threshold()} a programme is not similar at all, so a question about something
 * else ("quelle est la météo ?") finds nothing. Immutable: a rebuild makes a new index, reusing the
 * vectors of passages that did not change.
 */
public final class SemanticIndex {

    /**
     * Cosine below which a programme is unrelated. Measured on the demo data with the quantised
     * all-MiniLM-L6-v2 model: questions about a programme's subject score 0.42–0.7 against it; unrelated
     * English questions stay under 0.15, but French ones reach 0.35 against everything (the model is
     * English-centred, so any French text looks a little alike).
     */
    public static final double DEFAULT_THRESHOLD = 0.38;

    private static final int BATCH = 64;

    private final EmbeddingModel model;
    private final double threshold;
    private final List<String> codes;
    private final List<float[]> vectors;
    private final List<Integer> owners;
    private final Map<String, float[]> byText;
    /** The passages' unit vectors one after the other, and each passage's programme: one tight loop per question. */
    private final float[] matrix;
    private final int[] ownerOf;
    private final int passages;

    private SemanticIndex(EmbeddingModel model, double threshold, List<String> codes, List<float[]> vectors,
            List<Integer> owners, Map<String, float[]> byText) {
        this.model = model;
        this.threshold = threshold;
        this.codes = codes;
        this.vectors = vectors;
        this.owners = owners;
        this.byText = byText;
        this.passages = vectors.size();
        int dimension = vectors.isEmpty() ? 0 : vectors.get(0).length;
        this.matrix = new float[passages * dimension];
        this.ownerOf = new int[passages];
        for (int i = 0; i < passages; i++) {
            System.arraycopy(vectors.get(i), 0, matrix, i * dimension, dimension);
            ownerOf[i] = owners.get(i);
        }
    }

    public static SemanticIndex empty(EmbeddingModel model) {
        return new SemanticIndex(model, DEFAULT_THRESHOLD, List.of(), List.of(), List.of(), Map.of());
    }

    public static SemanticIndex build(EmbeddingModel model, List<ProgrammeData> programmes) {
        return empty(model).rebuild(programmes);
    }

    /** A new index of {@code programmes}; passages this index already embedded are not embedded again. */
    public SemanticIndex rebuild(List<ProgrammeData> programmes) {
        List<String> newCodes = new ArrayList<>(programmes.size());
        List<String> passages = new ArrayList<>();
        List<Integer> newOwners = new ArrayList<>();
        for (ProgrammeData programme : programmes) {
            newCodes.add(programme.code());
            for (String text : ProgrammeTexts.of(programme)) {
                passages.add(text);
                newOwners.add(newCodes.size() - 1);
            }
        }
        Map<String, float[]> newByText = new HashMap<>();
        List<String> toEmbed = passages.stream().filter(t -> !byText.containsKey(t)).distinct().toList();
        for (int from = 0; from < toEmbed.size(); from += BATCH) {
            List<String> batch = toEmbed.subList(from, Math.min(toEmbed.size(), from + BATCH));
            List<Embedding> embeddings = model.embedAll(batch.stream().map(TextSegment::from).toList()).content();
            for (int i = 0; i < batch.size(); i++) {
                newByText.put(batch.get(i), normalised(embeddings.get(i).vector()));
            }
        }
        List<float[]> newVectors = new ArrayList<>(passages.size());
        for (String passage : passages) {
            float[] vector = newByText.get(passage);
            if (vector == null) {
                vector = byText.get(passage);
                newByText.put(passage, vector);
            }
            newVectors.add(vector);
        }
        return new SemanticIndex(model, threshold, List.copyOf(newCodes), List.copyOf(newVectors),
                List.copyOf(newOwners), Map.copyOf(newByText));
    }

    /** The same vectors judged with another threshold (for tests and tuning). */
    public SemanticIndex withThreshold(double newThreshold) {
        return new SemanticIndex(model, newThreshold, codes, vectors, owners, byText);
    }

    /**
     * The at most {@code k} programmes most similar to {@code question} with a cosine of at least the
     * threshold, most similar first; empty for a blank question or when nothing is close enough.
     */
    public List<ScoredCode> similar(String question, int k) {
        if (question == null || question.isBlank() || codes.isEmpty() || k <= 0) {
            return List.of();
        }
        float[] q = normalised(model.embed(question.strip()).content().vector());
        double[] best = new double[codes.size()];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        int dimension = q.length;
        for (int i = 0, offset = 0; i < passages; i++, offset += dimension) {
            float cosine = 0;
            for (int d = 0; d < dimension; d++) {
                cosine += q[d] * matrix[offset + d];
            }
            int owner = ownerOf[i];
            if (cosine >= threshold && cosine > best[owner]) {
                best[owner] = cosine;
            }
        }
        List<ScoredCode> found = new ArrayList<>();
        for (int owner = 0; owner < best.length; owner++) {
            if (best[owner] != Double.NEGATIVE_INFINITY) {
                found.add(new ScoredCode(codes.get(owner), best[owner]));
            }
        }
        found.sort(Comparator.comparingDouble(ScoredCode::score).reversed());
        return found.size() > k ? List.copyOf(found.subList(0, k)) : List.copyOf(found);
    }

    public double threshold() {
        return threshold;
    }

    public int size() {
        return codes.size();
    }

    private static float[] normalised(float[] vector) {
        double norm = Math.sqrt(dot(vector, vector));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = norm == 0 ? 0 : (float) (vector[i] / norm);
        }
        return unit;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
