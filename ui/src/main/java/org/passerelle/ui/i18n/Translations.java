package org.passerelle.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI's words in French (the default) and English. Keys live in several bundles under
 * {@code i18n/} — {@code common} (shared words), {@code manage} (managers' screens) and {@code public}
 * (applicants' pages) — so that each part of the UI keeps its own file; a key is looked up in each in
 * turn. A missing key shows as {@code !key} rather than failing the page.
 */
@ApplicationScoped
public class Translations implements I18NProvider {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final List<String> BUNDLES = List.of("i18n/common", "i18n/manage", "i18n/public");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(FRENCH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = supported(locale);
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, language, getClass().getClassLoader(), NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    String pattern = bundle.getString(key);
                    return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
                }
            } catch (MissingResourceException absent) {
                // this part of the UI has no words yet
            }
        }
        return "!" + key;
    }

    /** French unless English is asked for. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : FRENCH;
    }
}
