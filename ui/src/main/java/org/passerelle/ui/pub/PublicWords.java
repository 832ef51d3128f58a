package org.passerelle.ui.pub;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Labels;
import org.passerelle.domain.shared.Territory;
import org.passerelle.ui.i18n.Translations;

/**
 * The applicants' words in one language, looked up once per view: views take it in their constructor
 * so that a plain JUnit test can build them in French or English without a running Vaadin service.
 */
public record PublicWords(Translations translations, Locale locale) {

    public PublicWords {
        locale = Translations.supported(locale);
    }

    /** The words in the language of the current UI (or session), French when there is none. */
    public static PublicWords current(Translations translations) {
        UI ui = UI.getCurrent();
        Locale locale = ui != null ? ui.getLocale()
                : VaadinSession.getCurrent() != null ? VaadinSession.getCurrent().getLocale() : null;
        return new PublicWords(translations, locale);
    }

    public String get(String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    /** {@code fr} or {@code en}, as the services take it. */
    public String lang() {
        return locale.getLanguage();
    }

    public boolean english() {
        return "en".equals(lang());
    }

    public String label(ApplicantType type) {
        return Labels.label(type, lang());
    }

    public String label(Territory territory) {
        return Labels.label(territory, lang());
    }

    public String label(Axis axis) {
        return Labels.label(axis, lang());
    }

    /** The text in this language, the French one when it has no translation. */
    public String text(org.passerelle.backend.dataset.TextData text) {
        if (text == null) {
            return "";
        }
        return english() && text.en() != null && !text.en().isBlank() ? text.en() : text.fr();
    }
}
