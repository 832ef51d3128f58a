package org.passerelle.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.flow.component.UI;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
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
 *
 * <p>{@code @VaadinServiceEnabled} is what makes vaadin-cdi hand this provider to Vaadin (without it every
 * {@code getTranslation} shows {@code !key}); {@code @Default} keeps it injectable as a plain bean.
 */
@ApplicationScoped
@VaadinServiceEnabled
@Default
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

    /**
     * A word in the language of the current UI (French outside one): for code that is not a component,
     * and for components tested without a running Vaadin service.
     */
    public static String word(String key, Object... params) {
        UI ui = UI.getCurrent();
        return INSTANCE.getTranslation(key, ui == null ? FRENCH : ui.getLocale(), params);
    }

    private static final Translations INSTANCE = new Translations();

    /** French unless English is asked for. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : FRENCH;
    }
}
