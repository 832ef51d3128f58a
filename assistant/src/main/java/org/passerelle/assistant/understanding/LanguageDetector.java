package org.passerelle.assistant.understanding;

import java.util.Set;

/**
 * French or English, from the question's own words: frequent function words of each language are
 * counted, accents count for French. Ties (a bare programme code) go to the conversation's language.
 */
public final class LanguageDetector {

    private static final Set<String> FRENCH = Set.copyOf(java.util.List.of("je", "j", "nous", "vous", "est", "sont", "suis", "sommes", "le",
            "la", "les", "des", "du", "un", "une", "et", "pour", "avec", "quel", "quels", "quelle", "quelles", "qui",
            "que", "quoi", "quand", "combien", "comment", "ou", "dans", "sur", "pas", "mon", "ma", "mes", "notre", "nos",
            "peut", "puis", "pouvons", "ai", "avons", "bonjour", "merci", "salut", "programme", "programmes", "projets",
            "appel", "appels", "subvention", "aide", "plafond", "montant", "en", "au", "aux", "fait", "et", "ce", "cette",
            "il", "y", "a", "ans", "etudiant", "etudiante", "eligible", "admissible", "taux", "oui", "non", "alors",
            "entreprise", "collectivite", "lycee", "universite", "partenaire", "financement", "ouverts", "prochain"));
    private static final Set<String> ENGLISH = Set.copyOf(java.util.List.of("i", "we", "you", "is", "are", "am", "the", "a", "an", "and",
            "for", "with", "which", "what", "who", "when", "how", "many", "much", "where", "in", "on", "not", "no", "my",
            "our", "can", "could", "do", "does", "have", "has", "hello", "hi", "thanks", "thank", "programme", "programs",
            "program", "projects", "call", "calls", "grant", "funding", "ceiling", "amount", "there", "to", "of", "it",
            "this", "that", "years", "old", "student", "eligible", "rate", "yes", "any", "company", "partner", "school",
            "university", "open", "next", "deadline", "about", "tell", "me", "actually", "based", "from", "please"));

    private LanguageDetector() {
    }

    /** {@code fr} or {@code en}; {@code fallback} when the words do not tell. */
    public static String detect(String question, String fallback) {
        String original = question == null ? "" : question;
        int fr = 0;
        int en = 0;
        for (String word : Text.normalize(original).split(" ")) {
            if (FRENCH.contains(word)) {
                fr++;
            }
            if (ENGLISH.contains(word)) {
                en++;
            }
        }
        for (char c : original.toCharArray()) {
            if ("éèêàùçôîâëïû".indexOf(Character.toLowerCase(c)) >= 0) {
                fr++;
            }
        }
        if (original.contains("'") && original.matches("(?s).*\\b(j|l|d|qu|n|c|s)'.*")) {
            fr++;
        }
        if (fr == en) {
            return fallback == null ? "fr" : fallback;
        }
        return fr > en ? "fr" : "en";
    }
}
