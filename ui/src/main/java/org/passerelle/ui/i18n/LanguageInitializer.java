package org.passerelle.ui.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * Gives every new UI the language remembered in the visitor's cookie (French by default), so that the
 * first page is already in the right language, the managers' and the applicants' alike.
 */
@ApplicationScoped
public class LanguageInitializer {

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Locale locale = remembered(VaadinRequest.getCurrent());
            init.getUI().setLocale(locale);
            init.getUI().getSession().setLocale(locale);
        });
    }

    static Locale remembered(VaadinRequest request) {
        if (request instanceof VaadinServletRequest servlet) {
            return LanguagePreference.from(servlet.getHttpServletRequest().getCookies());
        }
        return Translations.FRENCH;
    }
}
