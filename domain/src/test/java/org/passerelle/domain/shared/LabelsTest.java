package org.passerelle.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LabelsTest {

    @Test
    void names_applicant_types_in_french_with_their_grammatical_forms() {
        assertThat(Labels.singular(ApplicantType.COMPANY, "fr")).isEqualTo("entreprise");
        assertThat(Labels.plural(ApplicantType.ASSOCIATION, "fr")).isEqualTo("associations");
        assertThat(Labels.plural(ApplicantType.CAE, "fr")).isEqualTo("CAE");
        assertThat(Labels.withIndefiniteArticle(ApplicantType.COMPANY, "fr")).isEqualTo("une entreprise");
        assertThat(Labels.withIndefiniteArticle(ApplicantType.PUBLIC_BODY, "fr")).isEqualTo("un établissement public");
        assertThat(Labels.label(ApplicantType.CAE, "fr")).isEqualTo("Coopérative d'activités et d'emploi (CAE)");
    }

    @Test
    void names_applicant_types_in_english_with_their_grammatical_forms() {
        assertThat(Labels.singular(ApplicantType.COMPANY, "en")).isEqualTo("company");
        assertThat(Labels.plural(ApplicantType.LOCAL_AUTHORITY, "en")).isEqualTo("local authorities");
        assertThat(Labels.plural(ApplicantType.CAE, "en")).isEqualTo("CAEs");
        assertThat(Labels.withIndefiniteArticle(ApplicantType.ASSOCIATION, "en")).isEqualTo("an association");
        assertThat(Labels.withIndefiniteArticle(ApplicantType.INDIVIDUAL, "en")).isEqualTo("an individual");
        assertThat(Labels.label(ApplicantType.SIAE, "en")).isEqualTo("Work integration social enterprise (SIAE)");
    }

    @ParameterizedTest
    @EnumSource(ApplicantType.class)
    void every_applicant_type_has_every_form_in_both_languages(ApplicantType type) {
        for (String lang : List.of("fr", "en")) {
            assertThat(Labels.label(type, lang)).isNotBlank();
            assertThat(Labels.singular(type, lang)).isNotBlank();
            assertThat(Labels.plural(type, lang)).isNotBlank();
            assertThat(Labels.withIndefiniteArticle(type, lang)).endsWith(Labels.singular(type, lang));
        }
    }

    @Test
    void names_territories_and_says_where_they_are() {
        assertThat(Labels.label(Territory.QUEBEC, "fr")).isEqualTo("Québec");
        assertThat(Labels.label(Territory.OTHER, "en")).isEqualTo("Other territory");
        assertThat(Labels.location(Territory.QUEBEC, "fr")).isEqualTo("au Québec");
        assertThat(Labels.location(Territory.NOUVELLE_AQUITAINE, "fr")).isEqualTo("en Nouvelle-Aquitaine");
        assertThat(Labels.location(Territory.OTHER, "en")).isEqualTo("outside Nouvelle-Aquitaine and Québec");
    }

    @Test
    void names_axes_and_currencies() {
        assertThat(Labels.label(Axis.SOCIAL_SOLIDARITY_ECONOMY, "fr")).isEqualTo("Économie sociale et solidaire");
        assertThat(Labels.label(Axis.YOUTH_MOBILITY, "en")).isEqualTo("Youth and mobility");
        assertThat(Labels.label(Currency.CAD, "fr")).isEqualTo("Dollar canadien");
        assertThat(Labels.label(Currency.CAD, "en")).isEqualTo("Canadian dollar");
    }

    @ParameterizedTest
    @EnumSource(Axis.class)
    void every_axis_has_a_label_in_both_languages(Axis axis) {
        assertThat(Labels.label(axis, "fr")).isNotBlank();
        assertThat(Labels.label(axis, "en")).isNotBlank();
    }

    @Test
    void joins_lists_the_way_each_language_does() {
        assertThat(Labels.joinWithAnd(List.of("associations", "coopératives", "CAE"), "fr"))
                .isEqualTo("associations, coopératives et CAE");
        assertThat(Labels.joinWithAnd(List.of("associations", "cooperatives", "CAEs"), "en"))
                .isEqualTo("associations, cooperatives and CAEs");
        assertThat(Labels.joinWithOr(List.of("en Nouvelle-Aquitaine", "au Québec"), "fr"))
                .isEqualTo("en Nouvelle-Aquitaine ou au Québec");
        assertThat(Labels.joinWithAnd(List.of("seul"), "fr")).isEqualTo("seul");
        assertThat(Labels.joinWithAnd(List.of(), "fr")).isEmpty();
    }

    @Test
    void falls_back_to_french() {
        assertThat(Labels.label(Territory.OTHER, null)).isEqualTo("Autre territoire");
        assertThat(Labels.plural(ApplicantType.COMPANY, "es")).isEqualTo("entreprises");
    }
}
