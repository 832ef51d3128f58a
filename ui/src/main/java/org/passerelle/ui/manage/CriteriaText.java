package org.passerelle.ui.manage;

import static org.passerelle.ui.i18n.Translations.word;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.passerelle.backend.dataset.EligibilityData;
import org.passerelle.backend.dataset.FundingData;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.dataset.TextData;
import org.passerelle.domain.shared.Currency;
import org.passerelle.ui.manage.support.Labels;

/**
 * The eligibility criteria of a programme as sentences an applicant reads, in the UI's language: what
 * the manager sees in the editor's live preview, one sentence per rule, nothing said for absent rules.
 */
public final class CriteriaText {

    private CriteriaText() {
    }

    public static List<String> sentences(ProgrammeData programme, Locale locale) {
        List<String> sentences = new ArrayList<>();
        EligibilityData rules = programme.eligibility();
        if (rules != null) {
            if (rules.applicantTypes() != null && !rules.applicantTypes().isEmpty()) {
                sentences.add(word("criteria.types", rules.applicantTypes().stream().map(Labels::of)
                        .collect(Collectors.joining(", "))));
            }
            if (rules.applicantTerritories() != null && !rules.applicantTerritories().isEmpty()) {
                sentences.add(word("criteria.territories", rules.applicantTerritories().stream().map(Labels::of)
                        .collect(Collectors.joining(", "))));
            }
            if (Boolean.TRUE.equals(rules.partnerFromOtherSideRequired())) {
                sentences.add(word("criteria.partner"));
            }
            if (rules.minAge() != null && rules.maxAge() != null) {
                sentences.add(word("criteria.ageBetween", rules.minAge(), rules.maxAge()));
            } else if (rules.minAge() != null) {
                sentences.add(word("criteria.minAge", rules.minAge()));
            } else if (rules.maxAge() != null) {
                sentences.add(word("criteria.maxAge", rules.maxAge()));
            }
            if (rules.conditions() != null) {
                for (TextData condition : rules.conditions()) {
                    String text = "en".equals(locale.getLanguage()) && condition.en() != null ? condition.en()
                            : condition.fr();
                    if (text != null && !text.isBlank()) {
                        sentences.add(text);
                    }
                }
            }
        }
        FundingData funding = programme.funding();
        if (funding != null) {
            if (funding.maxAmount() != null) {
                sentences.add(word("criteria.maxAmount", money(funding.maxAmount(), programme.currency(), locale)));
            }
            if (funding.maxFundingRatePercent() != null) {
                sentences.add(word("criteria.maxRate", funding.maxFundingRatePercent().stripTrailingZeros().toPlainString()));
            }
            if (funding.minProjectBudget() != null) {
                sentences.add(word("criteria.minBudget", money(funding.minProjectBudget(), programme.currency(), locale)));
            }
        }
        if (sentences.isEmpty()) {
            sentences.add(word("criteria.none"));
        }
        return sentences;
    }

    static String money(BigDecimal amount, Currency currency, Locale locale) {
        return org.passerelle.ui.manage.support.Money.format(amount, currency, locale);
    }
}
