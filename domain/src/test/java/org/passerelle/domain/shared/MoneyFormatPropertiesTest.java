package org.passerelle.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MoneyFormatPropertiesTest {

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.longs().between(-1_000_000_000_00L, 1_000_000_000_00L)
                .flatMap(unscaled -> Arbitraries.integers().between(0, 4).map(scale -> BigDecimal.valueOf(unscaled, scale)));
    }

    @Property
    void reading_back_a_formatted_amount_gives_the_same_value(
            @ForAll("amounts") BigDecimal amount, @ForAll Currency currency, @ForAll boolean english) {
        String text = MoneyFormat.format(amount, currency, english ? "en" : "fr");

        assertThat(readBack(text, english)).isEqualByComparingTo(amount);
    }

    @Property
    void whole_amounts_never_show_cents_and_others_show_at_least_two_decimals(
            @ForAll("amounts") BigDecimal amount, @ForAll boolean english) {
        String text = MoneyFormat.format(amount, Currency.EUR, english ? "en" : "fr");
        char decimalMark = english ? '.' : ',';
        boolean whole = amount.stripTrailingZeros().scale() <= 0;

        if (whole) {
            assertThat(text).doesNotContain(String.valueOf(decimalMark));
        } else {
            String afterMark = text.substring(text.indexOf(decimalMark) + 1).replaceAll("[^0-9]", "");
            assertThat(afterMark.length()).isGreaterThanOrEqualTo(2);
        }
    }

    @Property
    void french_amounts_use_no_breaking_spaces_only(@ForAll("amounts") BigDecimal amount, @ForAll Currency currency) {
        assertThat(MoneyFormat.format(amount, currency, "fr")).doesNotContain(" ");
    }

    /** The inverse of the layout, written independently: drop symbols and separators, restore the point. */
    private static BigDecimal readBack(String text, boolean english) {
        String number = text.replace("CA$", "").replace("$", "").replace("CA", "").replace("€", "")
                .replace(String.valueOf(MoneyFormat.FRENCH_GROUP_SEPARATOR), "")
                .replace(String.valueOf(MoneyFormat.FRENCH_SYMBOL_SPACE), "");
        number = english ? number.replace(",", "") : number.replace(',', '.');
        return new BigDecimal(number);
    }
}
