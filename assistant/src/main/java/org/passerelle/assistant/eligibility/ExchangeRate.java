package org.passerelle.assistant.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.DomainException;

/**
 * The one rate used when an applicant gives amounts in the other currency than a programme's: how many
 * Canadian dollars one euro buys. The documented default is {@link #DEFAULT_EUR_TO_CAD} (1.50); the
 * application sets its own from {@code PASSERELLE_EUR_TO_CAD}.
 *
 * <p>Limits are checked with {@link #compare}, which only ever multiplies (both sides brought to dollars), so
 * an amount exactly at a cap passes in either direction and one cent more fails: no division, no rounding.
 * {@link #convert} is for showing amounts; from dollars to euros it divides and keeps
 * {@value #CAD_TO_EUR_SCALE} decimals (half-even): an error below 10<sup>-10</sup>, far under a cent, and
 * none at all when the division is exact (15 000 $ CA at 1.50 gives 10 000 €).
 */
public final class ExchangeRate {

    /** The documented default: 1 € = 1.50 $ CA. */
    public static final BigDecimal DEFAULT_EUR_TO_CAD = new BigDecimal("1.50");

    /** Decimals kept when dividing dollars into euros. */
    public static final int CAD_TO_EUR_SCALE = 10;

    private static final ExchangeRate DEFAULT = new ExchangeRate(DEFAULT_EUR_TO_CAD);

    private final BigDecimal eurToCad;

    private ExchangeRate(BigDecimal eurToCad) {
        Objects.requireNonNull(eurToCad, "eurToCad");
        if (eurToCad.signum() <= 0) {
            throw new DomainException("exchangeRate.positive", "eurToCad",
                    "The EUR to CAD exchange rate must be greater than zero, not " + eurToCad.toPlainString() + ".");
        }
        this.eurToCad = eurToCad;
    }

    /** A rate of {@code eurToCad} Canadian dollars for one euro; it must be greater than zero. */
    public static ExchangeRate eurToCad(BigDecimal eurToCad) {
        return new ExchangeRate(eurToCad);
    }

    public static ExchangeRate defaultRate() {
        return DEFAULT;
    }

    /** The rate a setting holds ({@code "1.47"}), or the default when it is absent or blank. */
    public static ExchangeRate fromSetting(String setting) {
        if (setting == null || setting.isBlank()) {
            return DEFAULT;
        }
        try {
            return new ExchangeRate(new BigDecimal(setting.strip()));
        } catch (NumberFormatException e) {
            throw new DomainException("exchangeRate.number", "eurToCad",
                    "The EUR to CAD exchange rate must be a number such as 1.50, not \"" + setting + "\".");
        }
    }

    public BigDecimal eurToCad() {
        return eurToCad;
    }

    /** {@code amount} expressed in {@code to}: exact towards dollars, {@value #CAD_TO_EUR_SCALE} decimals towards euros. */
    public BigDecimal convert(BigDecimal amount, Currency from, Currency to) {
        if (from == to) {
            return amount;
        }
        return from == Currency.EUR
                ? amount.multiply(eurToCad)
                : amount.divide(eurToCad, CAD_TO_EUR_SCALE, RoundingMode.HALF_EVEN);
    }

    /** Compares two amounts in any currencies exactly, as {@link BigDecimal#compareTo} does. */
    public int compare(BigDecimal amount, Currency currency, BigDecimal other, Currency otherCurrency) {
        if (currency == otherCurrency) {
            return amount.compareTo(other);
        }
        return inDollars(amount, currency).compareTo(inDollars(other, otherCurrency));
    }

    private BigDecimal inDollars(BigDecimal amount, Currency currency) {
        return currency == Currency.CAD ? amount : amount.multiply(eurToCad);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExchangeRate other && eurToCad.compareTo(other.eurToCad) == 0;
    }

    @Override
    public int hashCode() {
        return eurToCad.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return "1 EUR = " + eurToCad.toPlainString() + " CAD";
    }
}
