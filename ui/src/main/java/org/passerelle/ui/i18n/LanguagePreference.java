package org.passerelle.ui.i18n;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a visitor chose, kept in the {@value #COOKIE} cookie so that it survives signing out and
 * new sessions; French when nothing (or nonsense) was chosen.
 */
public final class LanguagePreference {

    public static final String COOKIE = "passerelle-lang";
    static final Duration KEPT_FOR = Duration.ofDays(365);

    private LanguagePreference() {
    }

    /** The language a request's cookies ask for; French without a valid choice. */
    public static Locale from(Cookie[] cookies) {
        return Optional.ofNullable(cookies).stream().flatMap(Arrays::stream)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .map(LanguagePreference::parse)
                .findFirst()
                .orElse(Translations.FRENCH);
    }

    static Locale parse(String value) {
        return "en".equalsIgnoreCase(value == null ? "" : value.trim()) ? Translations.ENGLISH : Translations.FRENCH;
    }

    /** The cookie remembering {@code locale}, for the whole site, for a year. */
    public static Cookie cookie(Locale locale, String contextPath) {
        Cookie cookie = new Cookie(COOKIE, Translations.supported(locale).getLanguage());
        cookie.setPath(contextPath == null || contextPath.isEmpty() ? "/" : contextPath);
        cookie.setMaxAge((int) KEPT_FOR.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
