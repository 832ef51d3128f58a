package org.passerelle.backend.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.backend.search.Programmes.call;
import static org.passerelle.backend.search.Programmes.programme;
import static org.passerelle.backend.search.Programmes.published;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.backend.dataset.CallData;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.domain.programme.ProgrammeStatus;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Territory;

/** Filters, facets, paging, ranking and the published-only rule of one index, on hand-made programmes. */
class ProgrammeIndexTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 15);

    private final ProgrammeData youth = programme("JEUNES", "Mobilité des jeunes", "Youth mobility",
            List.of(Axis.YOUTH_MOBILITY), List.of("jeunesse", "mobilite"), List.of("OFQJ"), ProgrammeStatus.PUBLISHED,
            List.of(ApplicantType.ASSOCIATION), List.of(Territory.QUEBEC));
    private final ProgrammeData reuse = programme("REEMPLOI", "Ressourceries en réseau", "Reuse centres network",
            List.of(Axis.SOCIAL_SOLIDARITY_ECONOMY), List.of("economie-circulaire"), List.of("Région", "ADEME"),
            ProgrammeStatus.PUBLISHED, List.of(ApplicantType.ASSOCIATION, ApplicantType.SIAE),
            List.of(Territory.NOUVELLE_AQUITAINE));
    private final ProgrammeData culture = published("CULTURE", "Résidences d'artistes", "Artist residencies");
    private final ProgrammeData draft = programme("BROUILLON", "Ressourcerie brouillon", "Draft reuse",
            List.of(Axis.SOCIAL_SOLIDARITY_ECONOMY), List.of(), List.of(), ProgrammeStatus.DRAFT, null, null);
    private final ProgrammeData archived = programme("ARCHIVE", "Ressourcerie archivée", "Archived reuse",
            List.of(Axis.SOCIAL_SOLIDARITY_ECONOMY), List.of(), List.of(), ProgrammeStatus.ARCHIVED, null, null);
    private final List<CallData> calls = List.of(
            call("JEUNES-2026", "JEUNES", "Appel 2026", "2026-03-01", "2026-04-30"),
            call("REEMPLOI-2025", "REEMPLOI", "Appel 2025", "2025-01-01", "2025-02-28"));

    private final ProgrammeIndex index = ProgrammeIndex.build(List.of(youth, reuse, culture, draft, archived), calls);

    @AfterEach
    void close() {
        index.close();
    }

    private SearchResult search(SearchQuery.Builder query) {
        return index.search(query.asOf(DAY).build());
    }

    @Test
    void only_published_programmes_are_indexed_whatever_is_passed() {
        assertThat(index.size()).isEqualTo(3);
        assertThat(search(SearchQuery.builder().text("ressourcerie")).hits()).extracting(SearchHit::code)
                .containsExactly("REEMPLOI");
        assertThat(index.programme("BROUILLON")).isEmpty();
        assertThat(index.programme("ARCHIVE")).isEmpty();
        assertThat(index.programme("REEMPLOI")).isPresent();
    }

    @Test
    void without_words_every_published_programme_comes_by_code_with_the_total() {
        SearchResult all = search(SearchQuery.builder());
        assertThat(all.hits()).extracting(SearchHit::code).containsExactly("CULTURE", "JEUNES", "REEMPLOI");
        assertThat(all.total()).isEqualTo(3);
    }

    @Test
    void a_page_keeps_the_total_of_all_matches() {
        SearchResult second = search(SearchQuery.builder().page(1, 1));
        assertThat(second.hits()).extracting(SearchHit::code).containsExactly("JEUNES");
        assertThat(second.total()).isEqualTo(3);
        assertThat(search(SearchQuery.builder().page(5, 10)).hits()).isEmpty();
    }

    @Test
    void values_of_one_filter_are_alternatives_and_filters_all_hold() {
        assertThat(search(SearchQuery.builder().axes(Set.of(Axis.CULTURE, Axis.YOUTH_MOBILITY))).hits())
                .extracting(SearchHit::code).containsExactly("CULTURE", "JEUNES");
        assertThat(search(SearchQuery.builder().axes(Set.of(Axis.CULTURE, Axis.YOUTH_MOBILITY))
                .funders(Set.of("OFQJ"))).hits()).extracting(SearchHit::code).containsExactly("JEUNES");
        assertThat(search(SearchQuery.builder().themes(Set.of("economie-circulaire"))).hits())
                .extracting(SearchHit::code).containsExactly("REEMPLOI");
    }

    @Test
    void a_programme_without_applicant_or_territory_constraint_is_open_to_all() {
        assertThat(search(SearchQuery.builder().applicantTypes(Set.of(ApplicantType.COMPANY))).hits())
                .extracting(SearchHit::code).containsExactly("CULTURE");
        assertThat(search(SearchQuery.builder().territories(Set.of(Territory.QUEBEC))).hits())
                .extracting(SearchHit::code).containsExactly("CULTURE", "JEUNES");
    }

    @Test
    void open_call_now_depends_on_the_day_asked_about() {
        assertThat(search(SearchQuery.builder().openCallNow(true)).hits()).extracting(SearchHit::code)
                .containsExactly("JEUNES");
        assertThat(search(SearchQuery.builder().openCallNow(false)).hits()).extracting(SearchHit::code)
                .containsExactly("CULTURE", "REEMPLOI");
        assertThat(index.search(SearchQuery.builder().openCallNow(true).asOf(LocalDate.of(2025, 2, 28)).build())
                .hits()).extracting(SearchHit::code).containsExactly("REEMPLOI");
    }

    @Test
    void facets_count_every_match_not_only_the_page() {
        SearchResult result = search(SearchQuery.builder().page(0, 1));
        assertThat(result.hits()).hasSize(1);
        assertThat(result.facet(SearchResult.AXIS)).isEqualTo(Map.of("CULTURE", 1L, "YOUTH_MOBILITY", 1L,
                "SOCIAL_SOLIDARITY_ECONOMY", 1L));
        assertThat(result.facet(SearchResult.FUNDER)).isEqualTo(Map.of("OFQJ", 1L, "Région", 2L, "ADEME", 1L));
        assertThat(result.facet(SearchResult.OPEN_CALL_NOW)).isEqualTo(Map.of("true", 1L, "false", 2L));
        assertThat(result.facet(SearchResult.TERRITORY)).containsEntry("QUEBEC", 2L)
                .containsEntry("NOUVELLE_AQUITAINE", 2L).containsEntry("OTHER", 1L);
        assertThat(result.facet(SearchResult.APPLICANT_TYPE)).containsEntry("ASSOCIATION", 3L)
                .containsEntry("SIAE", 2L).containsEntry("COMPANY", 1L);
    }

    @Test
    void facets_follow_the_text_and_the_filters() {
        SearchResult result = search(SearchQuery.builder().text("réemploi").territories(Set.of(
                Territory.NOUVELLE_AQUITAINE)));
        assertThat(result.total()).isEqualTo(1);
        assertThat(result.facet(SearchResult.THEME)).isEqualTo(Map.of("economie-circulaire", 1L));
        assertThat(result.facet(SearchResult.AXIS)).isEqualTo(Map.of("SOCIAL_SOLIDARITY_ECONOMY", 1L));
    }

    @Test
    void a_word_of_the_name_ranks_above_the_same_word_in_a_summary() {
        ProgrammeData inSummary = Programmes.withSummary(published("A-SUMMARY", "Fonds culturel", "Cultural fund"),
                "Aide aux festivals de photographie", "Support for photography festivals");
        ProgrammeData inName = published("Z-NAME", "Festivals de photographie", "Photography festivals");
        try (ProgrammeIndex ranked = ProgrammeIndex.build(List.of(inSummary, inName), List.of())) {
            assertThat(ranked.search(SearchQuery.text("photographie", 10)).hits()).extracting(SearchHit::code)
                    .containsExactly("Z-NAME", "A-SUMMARY");
        }
    }

    @Test
    void a_search_of_only_stop_words_finds_everything_and_a_word_found_nowhere_nothing() {
        assertThat(search(SearchQuery.builder().text("les des")).total()).isEqualTo(3);
        SearchResult none = search(SearchQuery.builder().text("zzyzzx"));
        assertThat(none.total()).isZero();
        assertThat(none.hits()).isEmpty();
    }

    @Test
    void a_retired_index_closes() {
        ProgrammeIndex other = ProgrammeIndex.build(List.of(culture), List.of());
        other.retire();
        assertThat(other.isClosed()).isTrue();
    }
}
