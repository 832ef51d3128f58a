package org.passerelle.assistant.llm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.assistant.eligibility.api.EligibilityAnswer;

/**
 * What the tools returned while the model prepared one answer: the published programmes they named
 * (with the search score when a search found them) and the verdicts the eligibility engine gave. The
 * structured fields of the answer are built from this ledger, never from the model's text. One ledger
 * per answer; the tools of one answer may run on several threads, hence the synchronisation.
 */
public final class ToolLedger {

    private final Map<String, Double> programmes = new LinkedHashMap<>();
    private final Map<String, EligibilityAnswer.Result> verdicts = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();

    /** A tool was called with these (already checked) arguments. */
    public synchronized void called(String tool) {
        calls.add(tool);
    }

    /** A tool returned this real, published programme; the best score seen for it is kept. */
    public synchronized void programme(String code, double score) {
        programmes.merge(code, score, Math::max);
    }

    public synchronized void verdict(EligibilityAnswer.Result result) {
        verdicts.put(result.programme(), result);
        programmes.putIfAbsent(result.programme(), 0.0);
    }

    /** The programmes the tools returned, in the order they were first returned, with their scores. */
    public synchronized Map<String, Double> programmes() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(programmes));
    }

    public synchronized List<EligibilityAnswer.Result> verdicts() {
        return List.copyOf(verdicts.values());
    }

    public synchronized List<String> toolCalls() {
        return List.copyOf(calls);
    }

    public synchronized boolean isEmpty() {
        return calls.isEmpty();
    }
}
