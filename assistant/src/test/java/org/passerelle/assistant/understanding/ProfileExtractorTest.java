package org.passerelle.assistant.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.assistant.eligibility.ApplicantProfile;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.Territory;

class ProfileExtractorTest {

    private final ProfileExtractor extractor = new ProfileExtractor();

    private ApplicantProfile read(String question) {
        return extractor.refine(ApplicantProfile.empty(), question);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Je suis une CAE en Gironde | CAE | NOUVELLE_AQUITAINE",
        "Nous sommes une coopérative d'activités et d'emploi à Limoges | CAE | NOUVELLE_AQUITAINE",
        "We are a nonprofit in Montreal | ASSOCIATION | QUEBEC",
        "Notre OBNL est basé à Rimouski | ASSOCIATION | QUEBEC",
        "Je représente une MRC en Estrie | LOCAL_AUTHORITY | QUEBEC",
        "Our cegep in Saguenay | HIGHER_EDUCATION | QUEBEC",
        "Notre lycee de Bayonne | SCHOOL | NOUVELLE_AQUITAINE",
        "Une entreprise d'insertion des Deux-Sèvres | SIAE | NOUVELLE_AQUITAINE",
        "Une start-up de Lyon | COMPANY | OTHER",
        "Un laboratoire de recherche à Pessac | RESEARCH_ORGANISATION | NOUVELLE_AQUITAINE",
    })
    void reads_the_applicant_type_and_territory_in_french_english_and_quebec_terms(String question, ApplicantType type,
            Territory territory) {
        ApplicantProfile profile = read(question);

        assertThat(profile.applicantType()).isEqualTo(type);
        assertThat(profile.territory()).isEqualTo(territory);
    }

    @Test
    void the_partner_side_is_not_the_askers_territory() {
        assertThat(read("Nous sommes une association à Pau avec un partenaire à Montréal").territory())
                .isEqualTo(Territory.NOUVELLE_AQUITAINE);
        assertThat(read("Quels programmes pour échanger avec le Québec ?").territory()).isNull();
        assertThat(read("We are based in Quebec and work with Nouvelle-Aquitaine").territory()).isEqualTo(Territory.QUEBEC);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Nous avons un partenaire québécois | true",
        "We have a partner in Bordeaux | true",
        "Nous n'avons pas encore de partenaire | false",
        "We don't have a partner yet | false",
        "Nous cherchons un partenaire | false",
        "sans partenaire pour l'instant | false",
    })
    void reads_the_partner_with_negation(String question, boolean partner) {
        assertThat(read(question).partnerFromOtherSide()).isEqualTo(partner);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Nous demandons 20 000 € | 20000 | EUR",
        "we need 15k$ | 15000 | CAD",
        "asking 120,000 euros | 120000 | EUR",
        "une aide de 12 500 $ CA | 12500 | CAD",
        "we request CA$8,000 | 8000 | CAD",
    })
    void reads_requested_amounts_with_their_currency(String question, String amount, Currency currency) {
        ApplicantProfile profile = read(question);

        assertThat(profile.requestedAmount()).isEqualByComparingTo(new BigDecimal(amount));
        assertThat(profile.currency()).isEqualTo(currency);
    }

    @Test
    void tells_the_budget_from_the_request() {
        ApplicantProfile profile = read("Our project budget is $200,000 and we request $100,000");

        assertThat(profile.projectBudget()).isEqualByComparingTo("200000");
        assertThat(profile.requestedAmount()).isEqualByComparingTo("100000");
    }

    @Test
    void reads_an_age_and_takes_the_asker_for_a_person() {
        ApplicantProfile profile = read("J'ai 24 ans et je veux partir au Québec");

        assertThat(profile.age()).isEqualTo(24);
        assertThat(profile.applicantType()).isEqualTo(ApplicantType.INDIVIDUAL);
        assertThat(read("I'm 19 years old").age()).isEqualTo(19);
        assertThat(read("Nous demandons 30 000 €").age()).isNull();
    }

    @Test
    void a_correction_replaces_what_was_known_and_keeps_the_rest() {
        ApplicantProfile first = read("Nous sommes une association basée à Montréal");
        ApplicantProfile corrected = extractor.refine(first, "En fait nous sommes à Pau");

        assertThat(corrected.territory()).isEqualTo(Territory.NOUVELLE_AQUITAINE);
        assertThat(corrected.applicantType()).isEqualTo(ApplicantType.ASSOCIATION);
    }

    @Test
    void says_nothing_when_nothing_is_stated() {
        assertThat(read("Quels appels sont ouverts ?").isEmpty()).isTrue();
    }
}
