package org.passerelle.ui.manage.support;

import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.passerelle.domain.shared.Currency;

/** Amounts as managers read them: grouped digits and the currency, in the UI's language. */
public final class Money {

    private Money() {
    }

    public static String format(BigDecimal amount, Currency currency) {
        if (amount == null) {
            return "";
        }
        UI ui = UI.getCurrent();
        return format(amount, currency, ui == null ? Locale.FRENCH : ui.getLocale());
    }

    public static String format(BigDecimal amount, Currency currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        boolean english = "en".equals(locale.getLanguage());
        NumberFormat format = NumberFormat.getCurrencyInstance(english ? Locale.CANADA : Locale.FRANCE);
        format.setCurrency(java.util.Currency.getInstance(currency == null ? "EUR" : currency.name()));
        format.setMaximumFractionDigits(0);
        return format.format(amount).replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
