package org.passerelle.ui.pub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.assistant.eligibility.Verdict;
import org.passerelle.assistant.eligibility.api.EligibilityAnswer;

class VerdictCardTest {

    @Test
    void explains_every_reason_in_the_order_an_applicant_acts_on_them() {
        EligibilityAnswer.Result result = new EligibilityAnswer.Result("NA-QC-CAE", Verdict.NOT_ELIGIBLE,
                List.of(new EligibilityAnswer.Failure("maxAmount", "Le montant demandé dépasse le plafond.")),
                List.of("partnerFromOtherSide"), List.of("Le projet associe une CAE de chaque rive."),
                List.of(new EligibilityAnswer.OpenCall("CAE-2026", "2026-03-31")));

        assertThat(VerdictCard.reasons(result, Words.FRENCH)).containsExactly(
                "Le montant demandé dépasse le plafond.",
                "À préciser : si vous avez un partenaire de l'autre rive.",
                "À vérifier : Le projet associe une CAE de chaque rive.",
                "Appel ouvert CAE-2026, jusqu'au 31 mars 2026.");
    }

    @Test
    void shows_the_verdict_in_words_and_as_data_for_styling() {
        EligibilityAnswer.Result result = new EligibilityAnswer.Result("X", Verdict.UNKNOWN, List.of(), List.of("age"),
                List.of(), List.of());

        VerdictCard card = new VerdictCard(result, "Programme X", Words.ENGLISH);
        VerdictBadge badge = (VerdictBadge) card.getChildren().findFirst().orElseThrow();

        assertThat(badge.getText()).isEqualTo("To be specified");
        assertThat(badge.getElement().getAttribute("data-verdict")).isEqualTo("UNKNOWN");
        assertThat(card.getElement().getAttribute("data-code")).isEqualTo("X");
        assertThat(VerdictCard.reasons(result, Words.ENGLISH)).containsExactly("To be specified: your age.");
    }

    @Test
    void says_so_when_every_rule_is_met() {
        EligibilityAnswer.Result result = new EligibilityAnswer.Result("X", Verdict.ELIGIBLE, List.of(), List.of(),
                List.of(), List.of());

        VerdictCard card = new VerdictCard(result, "Programme X", Words.FRENCH);

        assertThat(card.getElement().getTextRecursively()).contains("Éligible",
                "Vous remplissez toutes les règles vérifiables de ce programme.");
    }
}
