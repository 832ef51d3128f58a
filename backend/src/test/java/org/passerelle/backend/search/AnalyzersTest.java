package org.passerelle.backend.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** The French and English chains fold what an applicant may write differently to the same terms. */
class AnalyzersTest {

    private final Analyzer french = Analyzers.french();
    private final Analyzer english = Analyzers.english();

    private String fr(String text) {
        return String.join(" ", TextQuery.terms(french, "name_fr", text));
    }

    private String en(String text) {
        return String.join(" ", TextQuery.terms(english, "name_en", text));
    }

    @Test
    void french_folds_accents_and_case() {
        assertThat(fr("Économie")).isEqualTo(fr("economie"));
        assertThat(fr("RÉEMPLOI")).isEqualTo(fr("reemploi"));
        assertThat(fr("cégep")).isEqualTo(fr("CEGEP"));
    }

    @Test
    void french_folds_plurals() {
        assertThat(fr("ressourceries")).isEqualTo(fr("ressourcerie"));
        assertThat(fr("coopératives")).isEqualTo(fr("coopérative"));
        assertThat(fr("festivals")).isEqualTo(fr("festival"));
        assertThat(fr("lycées")).isEqualTo(fr("lycée"));
    }

    @Test
    void french_folds_feminine_forms() {
        assertThat(fr("québécoise")).isEqualTo(fr("québécois"));
        assertThat(fr("associée")).isEqualTo(fr("associé"));
        assertThat(fr("décentralisée")).isEqualTo(fr("décentralisé"));
    }

    @Test
    void french_drops_elisions_with_either_apostrophe_and_stop_words() {
        assertThat(fr("l'économie")).isEqualTo(fr("économie"));
        assertThat(fr("d’emploi")).isEqualTo(fr("emploi"));
        assertThat(fr("qu'insertion")).isEqualTo(fr("insertion"));
        assertThat(fr("pour les jeunes")).isEqualTo(fr("jeunes"));
    }

    @Test
    void english_drops_possessives_and_folds_plurals_and_accents() {
        assertThat(en("Québec's")).isEqualTo(en("quebec"));
        assertThat(en("internships")).isEqualTo(en("internship"));
        assertThat(en("cooperatives")).isEqualTo(en("cooperative"));
        assertThat(en("the social economy")).isEqualTo(en("social economies"));
    }

    @Test
    void plain_words_are_folded_but_not_stemmed() {
        assertThat(TextQuery.terms(Analyzers.plain(), "name_plain", "L'Économie des Ressourceries"))
                .containsExactly("economie", "des", "ressourceries");
    }
}
