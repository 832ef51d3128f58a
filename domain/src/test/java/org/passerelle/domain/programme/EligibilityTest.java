package org.passerelle.domain.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.domain.Refusals.assertRefused;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Territory;

class EligibilityTest {

    private static Eligibility ages(Integer min, Integer max) {
        return new Eligibility(null, null, null, min, max);
    }

    @Test
    void is_open_to_all_when_nothing_is_set() {
        Eligibility open = Eligibility.openToAll();

        assertThat(open.applicantTypes()).isNull();
        assertThat(open.applicantTerritories()).isNull();
        assertThat(open.partnerFromOtherSideRequired()).isNull();
        assertThat(open.requiresPartnerFromOtherSide()).isFalse();
        assertThat(open.minAge()).isNull();
        assertThat(open.maxAge()).isNull();
    }

    @Test
    void accepts_equal_age_limits() {
        assertThat(ages(18, 18).maxAge()).isEqualTo(18);
    }

    @Test
    void rejects_a_maximum_age_below_the_minimum() {
        assertRefused(() -> ages(31, 30), "eligibility.ages", "maxAge");
    }

    @Test
    void limits_ages_to_0_to_130() {
        assertThat(ages(0, 130).minAge()).isZero();
        assertRefused(() -> ages(-1, null), "number.range", "minAge");
        assertRefused(() -> ages(null, 131), "number.range", "maxAge");
    }

    @Test
    void rejects_empty_lists_which_would_let_nobody_apply() {
        assertRefused(() -> new Eligibility(List.of(), null, null, null, null), "list.empty", "applicantTypes");
        assertRefused(() -> new Eligibility(null, List.of(), null, null, null), "list.empty", "applicantTerritories");
    }

    @Test
    void rejects_duplicates_and_empty_values_in_lists() {
        assertRefused(() -> new Eligibility(List.of(ApplicantType.CAE, ApplicantType.CAE), null, null, null, null),
                "list.duplicate", "applicantTypes");
        assertRefused(() -> new Eligibility(null, Arrays.asList(Territory.QUEBEC, null), null, null, null),
                "list.null", "applicantTerritories");
    }

    @Test
    void keeps_the_partner_rule_as_written() {
        Eligibility notRequired = new Eligibility(null, null, false, null, null);

        assertThat(notRequired.partnerFromOtherSideRequired()).isFalse();
        assertThat(notRequired.requiresPartnerFromOtherSide()).isFalse();
        assertThat(new Eligibility(null, null, true, null, null).requiresPartnerFromOtherSide()).isTrue();
    }

    @Test
    void is_equal_by_every_rule() {
        Eligibility a = new Eligibility(List.of(ApplicantType.CAE), List.of(Territory.QUEBEC), true, 18, 30);

        assertThat(a).isEqualTo(new Eligibility(List.of(ApplicantType.CAE), List.of(Territory.QUEBEC), true, 18, 30))
                .isNotEqualTo(new Eligibility(List.of(ApplicantType.CAE), List.of(Territory.QUEBEC), true, 18, 31));
    }
}
