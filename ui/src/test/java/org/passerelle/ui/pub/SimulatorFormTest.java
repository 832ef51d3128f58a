package org.passerelle.ui.pub;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.assistant.eligibility.api.ProfileData;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.Territory;

class SimulatorFormTest {

    private final List<ProfileData> submitted = new ArrayList<>();

    @Test
    void gives_the_profile_the_applicant_described() {
        SimulatorForm form = new SimulatorForm(Words.FRENCH, submitted::add);
        form.applicantType.setValue(ApplicantType.CAE);
        form.territory.setValue(Territory.NOUVELLE_AQUITAINE);
        form.partner.setValue(SimulatorInput.Partner.YES);
        form.requestedAmount.setValue(new BigDecimal("15000"));
        form.currency.setValue(Currency.CAD);
        form.projectBudget.setValue(new BigDecimal("40000"));

        form.submit.click();

        assertThat(submitted).containsExactly(new ProfileData(ApplicantType.CAE, Territory.NOUVELLE_AQUITAINE, null,
                true, new BigDecimal("15000"), new BigDecimal("40000"), Currency.CAD));
    }

    @Test
    void leaves_every_unanswered_question_unknown() {
        SimulatorForm form = new SimulatorForm(Words.FRENCH, submitted::add);

        assertThat(form.profile()).contains(new ProfileData(null, null, null, null, null, null, null));
    }

    @Test
    void says_no_partner_when_the_applicant_answers_no() {
        SimulatorForm form = new SimulatorForm(Words.FRENCH, submitted::add);
        form.partner.setValue(SimulatorInput.Partner.NO);
        form.age.setValue(20);

        assertThat(form.profile()).hasValueSatisfying(profile -> {
            assertThat(profile.partnerFromOtherSide()).isFalse();
            assertThat(profile.age()).isEqualTo(20);
        });
    }

    @Test
    void refuses_a_negative_amount_in_french() {
        SimulatorForm form = new SimulatorForm(Words.FRENCH, submitted::add);
        form.requestedAmount.setValue(new BigDecimal("-1"));

        form.submit.click();

        assertThat(submitted).isEmpty();
        assertThat(form.requestedAmount.isInvalid()).isTrue();
        assertThat(form.requestedAmount.getErrorMessage()).isEqualTo("Le montant ne peut pas être négatif.");
    }

    @Test
    void refuses_an_impossible_age_in_english() {
        SimulatorForm form = new SimulatorForm(Words.ENGLISH, submitted::add);
        form.age.setValue(121);

        assertThat(form.profile()).isEmpty();
        assertThat(form.age.getErrorMessage()).isEqualTo("Age must be between 0 and 120.");
    }

    @Test
    void accepts_the_age_limits_themselves() {
        SimulatorForm form = new SimulatorForm(Words.FRENCH, submitted::add);
        form.age.setValue(120);
        assertThat(form.profile()).isPresent();
        form.age.setValue(0);
        assertThat(form.profile()).isPresent();
        form.age.setValue(-1);
        assertThat(form.profile()).isEmpty();
        assertThat(form.age.getErrorMessage()).isEqualTo("L'âge doit être compris entre 0 et 120 ans.");
    }

    @Test
    void refuses_a_budget_below_the_amount_requested() {
        SimulatorForm form = new SimulatorForm(Words.FRENCH, submitted::add);
        form.requestedAmount.setValue(new BigDecimal("20000"));
        form.projectBudget.setValue(new BigDecimal("19999.99"));

        assertThat(form.profile()).isEmpty();
        assertThat(form.projectBudget.getErrorMessage())
                .isEqualTo("Le budget total ne peut pas être inférieur au montant demandé.");

        form.projectBudget.setValue(new BigDecimal("20000"));
        assertThat(form.profile()).isPresent();
    }

    @Test
    void labels_its_fields_in_the_page_language() {
        assertThat(new SimulatorForm(Words.FRENCH, submitted::add).territory.getLabel()).isEqualTo("Où êtes-vous situé ?");
        assertThat(new SimulatorForm(Words.ENGLISH, submitted::add).territory.getLabel()).isEqualTo("Where are you based?");
        assertThat(new SimulatorForm(Words.FRENCH, submitted::add).applicantType.getItemLabelGenerator()
                .apply(ApplicantType.CAE)).isEqualTo("Coopérative d'activités et d'emploi (CAE)");
    }
}
