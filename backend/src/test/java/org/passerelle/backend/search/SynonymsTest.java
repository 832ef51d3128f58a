package org.passerelle.backend.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The vocabulary cuts queries into units and finds each unit's group however it is written. */
class SynonymsTest {

    private final Synonyms synonyms = Synonyms.standard();

    private List<String> alternatives(String query) {
        List<Synonyms.Unit> units = synonyms.units(query);
        assertThat(units).hasSize(1);
        return units.get(0).alternatives();
    }

    @Test
    void an_acronym_is_searched_as_its_phrases_in_both_languages() {
        assertThat(alternatives("ESS")).contains("économie sociale et solidaire", "social economy",
                "social and solidarity economy");
        assertThat(alternatives("CAE")).contains("coopérative d'activités et d'emploi");
        assertThat(alternatives("SIAE")).contains("IAE", "insertion", "work integration");
    }

    @Test
    void a_phrase_is_found_without_accents_in_the_plural_and_in_any_case() {
        assertThat(alternatives("Cooperatives d'Activites et d'Emploi")).contains("CAE");
        assertThat(alternatives("ressourceries")).contains("recyclerie", "réemploi", "reuse");
        assertThat(alternatives("municipalités")).contains("mairie", "commune", "town");
        assertThat(alternatives("CÉGEPS")).contains("college");
    }

    @Test
    void the_partnership_vocabulary_is_there() {
        assertThat(alternatives("optique")).contains("laser", "photonique", "photonics");
        assertThat(alternatives("OBNL")).contains("association", "nonprofit");
        assertThat(alternatives("jeunes")).contains("jeunesse", "youth");
        assertThat(alternatives("santé")).contains("health");
        assertThat(alternatives("alimentation")).contains("nutrition", "food");
        assertThat(alternatives("recherche")).contains("research");
        assertThat(alternatives("mobilité")).contains("mobility");
    }

    @Test
    void the_longest_phrase_wins_and_other_words_stay_alone() {
        List<Synonyms.Unit> units = synonyms.units("jeunes pousses et économie sociale et solidaire à Pau");
        assertThat(units).extracting(Synonyms.Unit::text)
                .containsExactly("jeunes pousses", "et", "économie sociale et solidaire", "à", "Pau");
        assertThat(units.get(0).alternatives()).contains("start-up");
        assertThat(units.get(0).synonym()).isTrue();
        assertThat(units.get(4).alternatives()).containsExactly("Pau");
        assertThat(units.get(4).synonym()).isFalse();
    }

    @Test
    void a_vocabulary_file_is_read_one_group_a_line_ignoring_comments() {
        Synonyms parsed = Synonyms.parse("# comment\n\nvélo, bicycle , bike\n");
        assertThat(parsed.units("velos").get(0).alternatives()).containsExactly("velos", "vélo", "bicycle", "bike");
        assertThat(parsed.units("comment").get(0).synonym()).isFalse();
    }

    @Test
    void the_match_key_ignores_case_accents_elision_and_plural_marks() {
        assertThat(Synonyms.key("L'Économie")).isEqualTo("economie");
        assertThat(Synonyms.key("d’activités")).isEqualTo("activite");
        assertThat(Synonyms.key("ESS")).isEqualTo("ess");
    }
}
