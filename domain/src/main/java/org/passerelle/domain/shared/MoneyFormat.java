package org.passerelle.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes amounts the way a reader of each language expects: French {@code 16 000 €}, {@code 15 000 $ CA},
 * {@code 12 500,50 €}; English {@code €16,000}, {@code CA$15,000}, {@code €12,500.50}.
 *
 * <p>Cents are shown only when the amount is not whole, and then with at least two digits; an amount is
 * never rounded, so a value that differs from a limit never prints as the limit. Callers that show an
 * approximation (a converted amount) round it themselves first.
 *
 * <p>The digits are laid out by hand rather than through {@link java.text.NumberFormat}: the JDK's
 * French separators changed between releases (U+00A0 before JDK 13, U+202F since), and these strings end
 * up in test expectations and saved answers. French spacing follows CLDR: {@link #FRENCH_GROUP_SEPARATOR}
 * between thousands and before {@code %}, {@link #FRENCH_SYMBOL_SPACE} before the currency symbol and
 * inside {@code $ CA}. Any language other than English gets French.
 */
public final class MoneyFormat {

    /** U+202F NARROW NO-BREAK SPACE: the French thousands separator, also used before {@code %}. */
    public static final char FRENCH_GROUP_SEPARATOR = '\u202F';

    /** U+00A0 NO-BREAK SPACE: between a French amount and its currency symbol, so the symbol never wraps alone. */
    public static final char FRENCH_SYMBOL_SPACE = '\u00A0';

    private MoneyFormat() {}

    /** The amount with its currency, in the language {@code lang} ({@code "en"}, else French). */
    public static String format(BigDecimal amount, Currency currency, String lang) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        boolean english = Languages.isEnglish(lang);
        BigDecimal stripped = amount.stripTrailingZeros();
        int fractionDigits = stripped.scale() <= 0 ? 0 : Math.max(2, stripped.scale());
        String digits = digits(amount.abs(), fractionDigits, english);
        String sign = amount.signum() < 0 ? "-" : "";
        return english
                ? sign + symbol(currency, true) + digits
                : sign + digits + FRENCH_SYMBOL_SPACE + symbol(currency, false);
    }

    public static String format(BigDecimal amount, Currency currency, Locale locale) {
        return format(amount, currency, locale == null ? null : locale.getLanguage());
    }

    /**
     * A plain number with the language's separators and at least {@code minFractionDigits} decimals
     * (more when the value has them): an exchange rate reads {@code 1,50} / {@code 1.50} with 2.
     */
    public static String formatNumber(BigDecimal value, int minFractionDigits, String lang) {
        Objects.requireNonNull(value, "value");
        int fractionDigits = Math.max(minFractionDigits, Math.max(0, value.stripTrailingZeros().scale()));
        String digits = digits(value.abs(), fractionDigits, Languages.isEnglish(lang));
        return value.signum() < 0 ? "-" + digits : digits;
    }

    /** A percentage: French {@code 33,5 %}, English {@code 33.5%}. */
    public static String formatPercent(BigDecimal percent, String lang) {
        String number = formatNumber(percent, 0, lang);
        return Languages.isEnglish(lang) ? number + "%" : number + FRENCH_GROUP_SEPARATOR + "%";
    }

    /** The currency's symbol as written in the language: {@code €}, {@code $ CA} / {@code CA$}. */
    public static String symbol(Currency currency, String lang) {
        return symbol(currency, Languages.isEnglish(lang));
    }

    private static String symbol(Currency currency, boolean english) {
        return switch (currency) {
            case EUR -> "€";
            case CAD -> english ? "CA$" : "$" + FRENCH_SYMBOL_SPACE + "CA";
        };
    }

    private static String digits(BigDecimal nonNegative, int fractionDigits, boolean english) {
        // fractionDigits is never below the value's own significant scale, so this never rounds.
        String plain = nonNegative.setScale(fractionDigits, RoundingMode.UNNECESSARY).toPlainString();
        int point = plain.indexOf('.');
        int integerLength = point < 0 ? plain.length() : point;
        char group = english ? ',' : FRENCH_GROUP_SEPARATOR;
        StringBuilder out = new StringBuilder(plain.length() + integerLength / 3 + 1);
        for (int i = 0; i < integerLength; i++) {
            if (i > 0 && (integerLength - i) % 3 == 0) {
                out.append(group);
            }
            out.append(plain.charAt(i));
        }
        if (point >= 0) {
            out.append(english ? '.' : ',').append(plain, point + 1, plain.length());
        }
        return out.toString();
    }
}
