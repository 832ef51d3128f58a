package org.passerelle.assistant.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.Labels;
import org.passerelle.domain.shared.LocalizedText;
import org.passerelle.domain.shared.MoneyFormat;
import org.passerelle.domain.shared.Territory;

/**
 * The sentences a failed rule shows, in French and English, naming the limit and the applicant's value.
 * Kept in Java rather than in resource bundles: the sentences are assembled from formatted parts, and
 * MessageFormat's quoting of apostrophes ({@code l''autre}) is a trap in French.
 *
 * <p>French typography: a narrow no-break space (U+202F) before {@code ;} and a no-break space (U+00A0)
 * between a number and its unit, as {@link MoneyFormat} does for amounts.
 */
final class RuleMessages {

    private static final String FR = "fr";
    private static final String EN = "en";
    private static final String BEFORE_SEMICOLON = "\u202F";
    private static final String NBSP = "\u00A0";

    private static final LocalizedText PARTNER_FROM_OTHER_SIDE_MISSING = LocalizedText.of(
            "Ce programme exige un partenaire de l'autre rive (au Québec pour un porteur néo-aquitain, "
                    + "en Nouvelle-Aquitaine pour un porteur québécois)" + BEFORE_SEMICOLON
                    + "; vous avez indiqué ne pas en avoir.",
            "This programme requires a partner from the other side (in Québec for an applicant from "
                    + "Nouvelle-Aquitaine, in Nouvelle-Aquitaine for an applicant from Québec); "
                    + "you said you have none.");

    private RuleMessages() {}

    static LocalizedText applicantTypeNotAllowed(Set<ApplicantType> allowed, ApplicantType actual) {
        return LocalizedText.of(
                "Ce programme est réservé aux " + plurals(allowed, FR) + BEFORE_SEMICOLON
                        + "; vous êtes " + Labels.withIndefiniteArticle(actual, FR) + ".",
                "This programme is for " + plurals(allowed, EN) + "; you are "
                        + Labels.withIndefiniteArticle(actual, EN) + ".");
    }

    static LocalizedText territoryNotAllowed(Set<Territory> allowed, Territory actual) {
        return LocalizedText.of(
                "Ce programme est réservé aux porteurs de projet situés " + locations(allowed, FR) + BEFORE_SEMICOLON
                        + "; vous êtes " + Labels.location(actual, FR) + ".",
                "This programme is for applicants based " + locations(allowed, EN) + "; you are based "
                        + Labels.location(actual, EN) + ".");
    }

    static LocalizedText partnerFromOtherSideMissing() {
        return PARTNER_FROM_OTHER_SIDE_MISSING;
    }

    /** One sentence for both age rules, naming whichever limits the programme sets. */
    static LocalizedText ageOutsideLimits(Integer minAge, Integer maxAge, int age) {
        String frLimits;
        String enLimits;
        if (minAge != null && maxAge != null) {
            frLimits = "de " + minAge + " à " + years(maxAge);
            enLimits = "aged " + minAge + " to " + maxAge;
        } else if (minAge != null) {
            frLimits = "d'au moins " + years(minAge);
            enLimits = "aged " + minAge + " or over";
        } else {
            frLimits = "de " + years(maxAge) + " au plus";
            enLimits = "aged " + maxAge + " or under";
        }
        return LocalizedText.of(
                "Ce programme est réservé aux personnes " + frLimits + BEFORE_SEMICOLON + "; vous avez " + years(age) + ".",
                "This programme is for people " + enLimits + "; you are " + age + ".");
    }

    static LocalizedText amountAboveCap(BigDecimal requested, Currency requestCurrency, BigDecimal cap,
            Currency capCurrency, ExchangeRate rate) {
        BigDecimal converted = shownConverted(requested, requestCurrency, capCurrency, rate);
        return LocalizedText.of(
                "Le montant demandé (" + amount(requested, requestCurrency, converted, capCurrency, rate, FR)
                        + ") dépasse le plafond de " + MoneyFormat.format(cap, capCurrency, FR) + ".",
                "The amount requested (" + amount(requested, requestCurrency, converted, capCurrency, rate, EN)
                        + ") is above the " + MoneyFormat.format(cap, capCurrency, EN) + " cap.");
    }

    /** Both amounts are in the applicant's currency: a share of a budget needs no conversion. */
    static LocalizedText amountAboveFundingRate(BigDecimal requested, BigDecimal budget, Currency currency,
            BigDecimal percent) {
        // The highest whole-cent amount the rate allows; rounding up could show a limit the request meets.
        BigDecimal limit = percent.multiply(budget).movePointLeft(2).setScale(2, RoundingMode.DOWN);
        return LocalizedText.of(
                "Le montant demandé (" + MoneyFormat.format(requested, currency, FR) + ") dépasse "
                        + MoneyFormat.formatPercent(percent, FR) + " du budget du projet ("
                        + MoneyFormat.format(budget, currency, FR) + "), soit "
                        + MoneyFormat.format(limit, currency, FR) + " au maximum.",
                "The amount requested (" + MoneyFormat.format(requested, currency, EN) + ") is above "
                        + MoneyFormat.formatPercent(percent, EN) + " of the project budget ("
                        + MoneyFormat.format(budget, currency, EN) + "), that is at most "
                        + MoneyFormat.format(limit, currency, EN) + ".");
    }

    static LocalizedText budgetBelowMinimum(BigDecimal budget, Currency budgetCurrency, BigDecimal minimum,
            Currency minimumCurrency, ExchangeRate rate) {
        BigDecimal converted = shownConverted(budget, budgetCurrency, minimumCurrency, rate);
        return LocalizedText.of(
                "Le budget du projet (" + amount(budget, budgetCurrency, converted, minimumCurrency, rate, FR)
                        + ") est inférieur au minimum de " + MoneyFormat.format(minimum, minimumCurrency, FR) + ".",
                "The project budget (" + amount(budget, budgetCurrency, converted, minimumCurrency, rate, EN)
                        + ") is below the " + MoneyFormat.format(minimum, minimumCurrency, EN) + " minimum.");
    }

    /** The amount in the programme's currency, to the cent, as shown; {@code null} when no conversion applies. */
    private static BigDecimal shownConverted(BigDecimal value, Currency from, Currency to, ExchangeRate rate) {
        return from == to ? null : rate.convert(value, from, to).setScale(2, RoundingMode.HALF_UP);
    }

    /** The applicant's amount, followed when converted by what it makes in the programme's currency. */
    private static String amount(BigDecimal value, Currency from, BigDecimal converted, Currency to,
            ExchangeRate rate, String lang) {
        String written = MoneyFormat.format(value, from, lang);
        if (converted == null) {
            return written;
        }
        String rateText = MoneyFormat.formatNumber(rate.eurToCad(), 2, lang);
        return EN.equals(lang)
                ? written + ", about " + MoneyFormat.format(converted, to, lang) + " at a rate of " + rateText
                : written + ", soit environ " + MoneyFormat.format(converted, to, lang) + " au taux de " + rateText;
    }

    private static String plurals(Set<ApplicantType> types, String lang) {
        List<String> names = new ArrayList<>(types.size());
        for (ApplicantType type : types) {
            names.add(Labels.plural(type, lang));
        }
        return Labels.joinWithAnd(names, lang);
    }

    private static String locations(Set<Territory> territories, String lang) {
        List<String> names = new ArrayList<>(territories.size());
        for (Territory territory : territories) {
            names.add(Labels.location(territory, lang));
        }
        return Labels.joinWithOr(names, lang);
    }

    /** French writes "1 an" but "2 ans"; 0 takes the singular too. */
    private static String years(int age) {
        return age + NBSP + (age >= -1 && age <= 1 ? "an" : "ans");
    }
}
