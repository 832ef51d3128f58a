package org.passerelle.ui.pub;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.backend.dataset.EligibilityData;
import org.passerelle.backend.dataset.FundingData;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.dataset.TextData;
import org.passerelle.domain.programme.ProgrammeStatus;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.Territory;

class CriteriaTest {

    static ProgrammeData programme(EligibilityData eligibility, FundingData funding) {
        return new ProgrammeData("NA-QC-CAE", new TextData("Échanges entre CAE", "Exchanges between CAEs"),
                new TextData("Résumé", "Summary"), new TextData("Description", null), List.of(), List.of(), List.of(),
                ProgrammeStatus.PUBLISHED, Currency.EUR, funding, 12, eligibility, "https://example.org/cae", null);
    }

    private static final EligibilityData CAE_RULES = new EligibilityData(
            List.of(ApplicantType.CAE, ApplicantType.COOPERATIVE), List.of(Territory.NOUVELLE_AQUITAINE, Territory.QUEBEC),
            true, null, null, List.of(new TextData("Le projet associe une CAE de chaque rive.", "Each side has a CAE.")));

    @Test
    void says_who_may_apply_in_plain_french() {
        List<String> lines = Criteria.whoMayApply(programme(CAE_RULES, null), Words.FRENCH);

        assertThat(lines).containsExactly(
                "Réservé aux CAE ou coopératives.",
                "Porteurs situés en Nouvelle-Aquitaine ou au Québec.",
                "Un partenaire de l'autre rive est exigé (au Québec pour un porteur néo-aquitain, en Nouvelle-Aquitaine "
                        + "pour un porteur québécois).");
    }

    @Test
    void says_who_may_apply_in_plain_english() {
        List<String> lines = Criteria.whoMayApply(programme(CAE_RULES, null), Words.ENGLISH);

        assertThat(lines).startsWith("For CAEs or cooperatives only.", "Applicants based in Nouvelle-Aquitaine or in Québec.");
    }

    @Test
    void names_the_age_limits_that_are_set() {
        EligibilityData both = new EligibilityData(List.of(ApplicantType.INDIVIDUAL), null, null, 18, 35, null);
        EligibilityData minimum = new EligibilityData(null, null, null, 16, null, null);

        assertThat(Criteria.whoMayApply(programme(both, null), Words.FRENCH)).contains("Avoir entre 18 et 35 ans.");
        assertThat(Criteria.whoMayApply(programme(minimum, null), Words.ENGLISH))
                .containsExactly("Open to every type of applicant.", "Be aged 16 or over.");
    }

    @Test
    void states_the_funding_limits_with_the_programme_currency() {
        FundingData funding = new FundingData(new BigDecimal("15000"), new BigDecimal("70"), new BigDecimal("5000"));

        assertThat(Criteria.funding(programme(CAE_RULES, funding), Words.ENGLISH))
                .containsExactly("Up to €15,000 in funding.", "Funding covers at most 70% of the project budget.",
                        "Project budget of at least €5,000.");
        assertThat(Criteria.funding(programme(CAE_RULES, funding), Words.FRENCH).get(0))
                .startsWith("Aide de 15").endsWith("€ au maximum.");
    }

    @Test
    void gives_the_conditions_in_the_page_language_and_nothing_for_absent_rules() {
        assertThat(Criteria.conditions(programme(CAE_RULES, null), Words.ENGLISH)).containsExactly("Each side has a CAE.");
        assertThat(Criteria.funding(programme(null, null), Words.FRENCH)).isEmpty();
        assertThat(Criteria.whoMayApply(programme(null, null), Words.FRENCH))
                .containsExactly("Ouvert à tous les porteurs, sans condition de type ni de territoire.");
    }
}
