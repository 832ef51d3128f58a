package org.passerelle.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletResponse;
import java.util.Locale;

/**
 * FR | EN buttons for any layout ({@code new LanguageSwitch()}): the choice is applied to the UI and the
 * session, remembered in the {@value LanguagePreference#COOKIE} cookie, and the page is reloaded so that
 * every label, including those already on screen, appears in the new language.
 */
public class LanguageSwitch extends HorizontalLayout {

    private final Button french = choice("FR", Translations.FRENCH, "Français");
    private final Button english = choice("EN", Translations.ENGLISH, "English");

    public LanguageSwitch() {
        addClassName("language-switch");
        setSpacing(false);
        add(french, new Span("|"), english);
        setDefaultVerticalComponentAlignment(Alignment.CENTER);
        addAttachListener(attach -> highlight(attach.getUI().getLocale()));
    }

    private Button choice(String label, Locale locale, String name) {
        Button button = new Button(label, click -> choose(locale));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("lang", locale.getLanguage());
        button.getElement().setAttribute("aria-label", name);
        button.setId("lang-" + locale.getLanguage());
        return button;
    }

    /** Switches to {@code locale}: applied now, remembered for next time, every label redrawn. */
    public void choose(Locale locale) {
        Locale chosen = Translations.supported(locale);
        highlight(chosen);
        if (VaadinService.getCurrentResponse() instanceof VaadinServletResponse response) {
            VaadinRequest request = VaadinService.getCurrentRequest();
            response.addCookie(LanguagePreference.cookie(chosen, request == null ? "" : request.getContextPath()));
        }
        getUI().ifPresent(ui -> {
            ui.getSession().setLocale(chosen);
            ui.setLocale(chosen);
            ui.getPage().reload();
        });
    }

    /** The language now shown, pressed; the other, offered. */
    void highlight(Locale current) {
        boolean english = Translations.ENGLISH.equals(Translations.supported(current));
        mark(this.english, english);
        mark(this.french, !english);
    }

    private static void mark(Button button, boolean selected) {
        button.getElement().setAttribute("aria-pressed", String.valueOf(selected));
        if (selected) {
            button.addClassName("selected");
        } else {
            button.removeClassName("selected");
        }
    }

    Button frenchButton() {
        return french;
    }

    Button englishButton() {
        return english;
    }

    /** For layouts that show where the switch stands. */
    public static boolean isEnglish(UI ui) {
        return Translations.ENGLISH.equals(Translations.supported(ui.getLocale()));
    }
}
