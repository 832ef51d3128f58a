package org.passerelle.assistant.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RankFusionPropertiesTest {

    private final RankFusion fusion = RankFusion.standard();

    @Property
    void every_code_met_appears_exactly_once(@ForAll("rankings") List<List<String>> rankings) {
        List<ScoredCode> fused = fusion.fuse(rankings);

        Set<String> met = rankings.stream().flatMap(List::stream).collect(Collectors.toSet());
        assertThat(fused).extracting(ScoredCode::code).doesNotHaveDuplicates();
        assertThat(new HashSet<>(fused.stream().map(ScoredCode::code).toList())).isEqualTo(met);
    }

    @Property
    void scores_are_positive_and_sorted_best_first(@ForAll("rankings") List<List<String>> rankings) {
        List<ScoredCode> fused = fusion.fuse(rankings);

        assertThat(fused).allMatch(s -> s.score() > 0 && s.score() <= rankings.size() / (double) (RankFusion.DEFAULT_K + 1));
        assertThat(fused).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Property
    void the_order_of_the_lists_does_not_change_the_scores(@ForAll("rankings") List<List<String>> rankings) {
        List<List<String>> reversed = new java.util.ArrayList<>(rankings);
        java.util.Collections.reverse(reversed);

        java.util.Map<String, Double> expected = scores(fusion.fuse(rankings));
        java.util.Map<String, Double> actual = scores(fusion.fuse(reversed));

        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((code, score) -> assertThat(actual.get(code)).isCloseTo(score, org.assertj.core.data.Offset.offset(1e-12)));
    }

    @Property
    void a_code_first_in_every_list_is_first(@ForAll("rankings") List<List<String>> rankings) {
        List<List<String>> withLeader = rankings.stream()
                .map(r -> java.util.stream.Stream.concat(java.util.stream.Stream.of("LEADER"), r.stream()).toList()).toList();

        assertThat(fusion.fuse(withLeader).get(0).code()).isEqualTo("LEADER");
    }

    @Property
    void moving_a_code_up_in_one_list_never_lowers_its_score(@ForAll("rankings") List<List<String>> rankings) {
        List<String> first = rankings.get(0);
        if (first.size() < 2) {
            return;
        }
        String promoted = first.get(first.size() - 1);
        List<String> better = new java.util.ArrayList<>(first);
        better.remove(better.size() - 1);
        better.add(0, promoted);
        List<List<String>> changed = new java.util.ArrayList<>(rankings);
        changed.set(0, better);

        assertThat(score(fusion.fuse(changed), promoted)).isGreaterThanOrEqualTo(score(fusion.fuse(rankings), promoted));
    }

    @Property
    void a_single_ranking_keeps_its_order(@ForAll("ranking") List<String> ranking) {
        assertThat(fusion.fuse(List.of(ranking))).extracting(ScoredCode::code)
                .containsExactlyElementsOf(ranking.stream().distinct().toList());
    }

    @Example
    void a_code_in_both_lists_beats_codes_in_one() {
        List<ScoredCode> fused = fusion.fuse(List.of(List.of("A", "B", "C"), List.of("D", "C", "E")));

        assertThat(fused.get(0).code()).isEqualTo("C");
        assertThat(fused.get(0).score()).isEqualTo(1.0 / 63 + 1.0 / 62);
    }

    @Example
    void k_must_be_positive() {
        assertThatThrownBy(() -> new RankFusion(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<List<String>> ranking() {
        return Arbitraries.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J").list().ofMaxSize(10);
    }

    @Provide
    Arbitrary<List<List<String>>> rankings() {
        return ranking().list().ofMinSize(1).ofMaxSize(4);
    }

    private static java.util.Map<String, Double> scores(List<ScoredCode> fused) {
        return fused.stream().collect(Collectors.toMap(ScoredCode::code, ScoredCode::score));
    }

    private static double score(List<ScoredCode> fused, String code) {
        return fused.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow().score();
    }
}
