package org.passerelle.domain.shared;

/** French is the house language: anything that is not clearly English is answered in French. */
final class Languages {

    private Languages() {}

    static boolean isEnglish(String lang) {
        if (lang == null || lang.length() < 2 || !lang.regionMatches(true, 0, "en", 0, 2)) {
            return false;
        }
        return lang.length() == 2 || lang.charAt(2) == '-' || lang.charAt(2) == '_';
    }
}
