package org.passerelle.ui.manage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passerelle.backend.dataset.EligibilityData;
import org.passerelle.backend.dataset.ProgrammeData;

class CriteriaTextTest {

    @Test
    void says_each_rule_of_a_programme_in_a_sentence() {
        List<String> sentences = CriteriaText.sentences(Samples.youthProgramme(), Locale.FRENCH);

        assertThat(sentences).containsExactly(
                "Porteurs admis : Association, Particulier.",
                "Le porteur doit être basé en : Nouvelle-Aquitaine.",
                "Un partenaire de l’autre rive de l’Atlantique est obligatoire.",
                "Réservé aux personnes de 18 à 30 ans.",
                "Le séjour dure au moins deux semaines.",
                "Un rapport est remis au retour.",
                "Aide de 15 000 € au maximum.",
                "L’aide couvre au plus 80 % du budget du projet.",
                "Budget du projet d’au moins 2 000 €.");
    }

    @Test
    void gives_english_conditions_to_english_readers_and_falls_back_to_french() {
        List<String> sentences = CriteriaText.sentences(Samples.youthProgramme(), Locale.ENGLISH);

        assertThat(sentences).contains("The stay lasts two weeks or more.", "Un rapport est remis au retour.");
    }

    @Test
    void says_a_programme_without_rules_is_open_to_all() {
        ProgrammeData open = new ProgrammeData("OPEN", null, null, null, List.of(), List.of(), List.of(), null, null,
                null, null, new EligibilityData(List.of(), List.of(), false, null, null, List.of()), null, null);

        assertThat(CriteriaText.sentences(open, Locale.FRENCH))
                .containsExactly("Aucun critère particulier : le programme est ouvert à tous.");
    }

    @Test
    void names_a_lone_minimum_age() {
        ProgrammeData adults = new ProgrammeData("ADULTS", null, null, null, List.of(), List.of(), List.of(), null,
                null, null, null, new EligibilityData(List.of(), List.of(), null, 18, null, List.of()), null, null);

        assertThat(CriteriaText.sentences(adults, Locale.FRENCH)).containsExactly("Réservé aux personnes d’au moins 18 ans.");
    }
}
