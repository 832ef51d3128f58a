package org.passerelle.assistant.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Runs the evaluation set through an {@link AskClient} and measures: top-1, top-3, verdict accuracy,
 * profile-field accuracy, language accuracy, nothing-matches accuracy, facts, and p50/p95 latency.
 * Each metric counts only the turns that state an expectation for it; the failures are listed so that
 * a drop can be read, not guessed.
 */
public final class Evaluator {

    /** One metric: how many checks passed out of how many. */
    public record Metric(String name, int passed, int total) {
        public double ratio() {
            return total == 0 ? 1.0 : (double) passed / total;
        }

        @Override
        public String toString() {
            return String.format("%-16s %6.1f %%  (%d/%d)", name, ratio() * 100, passed, total);
        }
    }

    /** All metrics, latencies in milliseconds, and the failed checks. */
    public record Report(Map<String, Metric> metrics, long p50Millis, long p95Millis, List<String> failures, int turns) {

        public boolean atLeast(double threshold) {
            return metrics.values().stream().allMatch(m -> m.ratio() >= threshold);
        }

        public String summary() {
            StringBuilder s = new StringBuilder();
            s.append("turns            ").append(turns).append('\n');
            metrics.values().forEach(m -> s.append(m).append('\n'));
            s.append(String.format("latency p50      %d ms%nlatency p95      %d ms%n", p50Millis, p95Millis));
            return s.toString();
        }
    }

    private final AskClient client;

    public Evaluator(AskClient client) {
        this.client = client;
    }

    public Report run(EvaluationSet set, Predicate<EvaluationSet.Dialogue> which) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String name : List.of("top1", "top3", "verdicts", "profile", "language", "nothingMatches", "facts")) {
            counts.put(name, new int[2]);
        }
        List<Long> latencies = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int turns = 0;
        for (EvaluationSet.Dialogue dialogue : set.dialogues()) {
            if (!which.test(dialogue)) {
                continue;
            }
            String conversationId = null;
            for (EvaluationSet.Turn turn : dialogue.turns()) {
                turns++;
                long start = System.nanoTime();
                JsonNode answer = client.ask(turn.q(), conversationId, "auto", turn.asOf() == null ? "2026-03-01" : turn.asOf());
                latencies.add((System.nanoTime() - start) / 1_000_000);
                conversationId = answer.path("conversationId").asText(null);
                String where = dialogue.id() + " / \"" + turn.q() + "\"";
                List<String> codes = new ArrayList<>();
                answer.path("programmes").forEach(p -> codes.add(p.path("code").asText()));
                String expectedLang = turn.lang() != null ? turn.lang() : dialogue.lang();
                check(counts, failures, "language", expectedLang.equals(answer.path("lang").asText()), where,
                        "lang " + answer.path("lang").asText());
                if (turn.top1() != null) {
                    check(counts, failures, "top1", !codes.isEmpty() && codes.get(0).equals(turn.top1()), where,
                            "expected " + turn.top1() + " first, got " + codes);
                    check(counts, failures, "nothingMatches", !codes.isEmpty(), where, "expected programmes, got none");
                }
                String top3 = turn.top3() != null ? turn.top3() : turn.top1();
                if (top3 != null) {
                    check(counts, failures, "top3", codes.subList(0, Math.min(3, codes.size())).contains(top3), where,
                            "expected " + top3 + " in the first three, got " + codes);
                }
                if (Boolean.TRUE.equals(turn.none())) {
                    check(counts, failures, "nothingMatches", codes.isEmpty(), where, "expected no programme, got " + codes);
                }
                if (turn.verdicts() != null) {
                    turn.verdicts().forEach((programme, verdict) -> {
                        String got = null;
                        for (JsonNode r : answer.path("eligibility")) {
                            if (programme.equals(r.path("programme").asText())) {
                                got = r.path("verdict").asText();
                            }
                        }
                        check(counts, failures, "verdicts", verdict.equals(got), where,
                                "verdict for " + programme + ": expected " + verdict + ", got " + got);
                    });
                }
                if (turn.profile() != null) {
                    turn.profile().forEach((field, expected) -> {
                        JsonNode got = answer.path("profile").path(field);
                        boolean ok = expected == null ? got.isNull() || got.isMissingNode()
                                : expected instanceof Number n ? got.isNumber() && got.decimalValue().compareTo(
                                        new java.math.BigDecimal(n.toString())) == 0
                                : String.valueOf(expected).equals(got.asText());
                        check(counts, failures, "profile", ok, where, "profile." + field + ": expected " + expected
                                + ", got " + got);
                    });
                }
                if (turn.facts() != null) {
                    String text = plain(answer.path("answer").asText());
                    for (String fact : turn.facts()) {
                        check(counts, failures, "facts", text.contains(plain(fact)), where, "fact '" + fact
                                + "' not in: " + text.replace('\n', ' '));
                    }
                }
            }
        }
        Map<String, Metric> metrics = new LinkedHashMap<>();
        counts.forEach((name, c) -> metrics.put(name, new Metric(name, c[0], c[1])));
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Report(metrics, percentile(sorted, 50), percentile(sorted, 95), failures, turns);
    }

    private static void check(Map<String, int[]> counts, List<String> failures, String metric, boolean ok, String where,
            String detail) {
        int[] c = counts.get(metric);
        c[1]++;
        if (ok) {
            c[0]++;
        } else {
            failures.add("[" + metric + "] " + where + ": " + detail);
        }
    }

    /** Lower case, every kind of space one plain space: "16 000 €" matches "16\u202F000\u00A0€". */
    static String plain(String s) {
        return s.toLowerCase().replaceAll("[\\s\\u00A0\\u202F]+", " ");
    }

    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** Command line: {@code Evaluator [base-url]}; prints the metrics, exits 1 under 90 %. */
    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "http://localhost:8080";
        Report report = new Evaluator(AskClient.http(url)).run(EvaluationSet.load(), d -> true);
        report.failures().forEach(f -> System.out.println("  " + f));
        System.out.println("Assistant evaluation against " + url + "\n" + report.summary());
        boolean verbose = Arrays.asList(args).contains("-v");
        if (!verbose && !report.failures().isEmpty()) {
            System.out.println(report.failures().size() + " failed checks listed above.");
        }
        System.exit(report.atLeast(0.90) ? 0 : 1);
    }
}
