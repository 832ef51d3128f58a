package org.passerelle.assistant.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.MoneyFormat;

/**
 * The answer texts, from {@code answers_fr.properties} and {@code answers_en.properties}: wording lives
 * in data, figures are filled in from the catalogue, formatted per language (16 000 €, CA$15,000).
 */
public final class Templates {

    private final Properties fr = load("fr");
    private final Properties en = load("en");

    private static Properties load(String lang) {
        Properties p = new Properties();
        try (InputStream in = Templates.class.getResourceAsStream("/org/passerelle/assistant/answer/answers_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    public String text(String lang, String key, Object... args) {
        String pattern = ("en".equals(lang) ? en : fr).getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("No template " + key);
        }
        return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    public static String money(BigDecimal amount, Currency currency, String lang) {
        return MoneyFormat.format(amount, currency, lang);
    }

    public static String percent(BigDecimal percent, String lang) {
        return MoneyFormat.formatPercent(percent, lang);
    }

    public static String date(String isoDate, String lang) {
        LocalDate d = LocalDate.parse(isoDate);
        return "en".equals(lang) ? d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))
                : d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH));
    }
}
