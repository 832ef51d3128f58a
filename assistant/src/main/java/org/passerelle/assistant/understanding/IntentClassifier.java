package org.passerelle.assistant.understanding;

/**
 * The intent of a question from its words (French, English, without accents). Data questions win over
 * greetings ("Bonjour, quels appels sont ouverts ?" asks for calls). Whether a question is out of scope
 * is decided by the assistant, which also knows whether anything in the data matched.
 */
public final class IntentClassifier {

    private IntentClassifier() {
    }

    public static Intent classify(Text t) {
        if (t.hasAny("combien de projets", "nombre de projets", "how many projects", "number of projects",
                "combien de dossiers", "statistiques", "statistics", "montant total accorde", "total granted",
                "total accorde", "combien ont ete", "how many were", "how many have been", "combien y a t il de projets",
                "combien il y a de projets", "combien d euros ont", "how much was granted", "how much has been granted")) {
            return Intent.FIGURES;
        }
        if (t.hasAny("quels projets", "quel projet", "which projects", "what projects", "list projects", "liste des projets",
                "projets avec", "projects with", "projets impliquant", "projects involving", "projets de", "projects of",
                "projets a", "projects in", "projets en", "projets menes", "projets portes")) {
            return Intent.PROJECTS;
        }
        if (t.hasAny("appel ouvert", "appels ouverts", "appel a projets", "appels a projets", "open call", "open calls",
                "date limite", "dates limites", "deadline", "deadlines", "cloture", "closes", "closing", "prochain appel",
                "prochains appels", "next call", "next calls", "upcoming", "quand puis je deposer", "when can i apply",
                "when can we apply", "quand deposer", "calls open", "calls are open", "appels en cours", "ouvert en ce moment")) {
            return Intent.CALLS;
        }
        if (t.hasAny("eligible", "eligibles", "admissible", "admissibles", "ai je droit", "avons nous droit", "puis je",
                "pouvons nous", "peut on", "can i", "can we", "qualify", "am i", "are we", "est ce que je peux",
                "est ce que nous pouvons", "y ai je droit", "y avons nous droit", "suis je", "sommes nous")) {
            return Intent.ELIGIBILITY;
        }
        if (t.hasAny("plafond", "montant maximum", "montant max", "taux", "ceiling", "maximum amount", "max amount",
                "rate", "how much", "combien", "details", "detail", "parle moi", "parlez moi", "tell me about",
                "what is", "c est quoi", "qu est ce que", "presente", "describe", "conditions", "duree", "duration",
                "budget minimum", "minimum budget", "contact", "lien", "link", "site", "website")) {
            return Intent.PROGRAMME_DETAILS;
        }
        if (t.hasAny("programme", "programmes", "program", "programs", "financement", "financements", "funding",
                "subvention", "subventions", "grant", "grants", "aide", "aides", "bourse", "bourses", "scholarship",
                "fund", "fonds", "soutien", "support", "dispositif", "dispositifs", "options")) {
            return Intent.FIND_PROGRAMMES;
        }
        if (t.hasAny("aide moi", "help", "que peux tu faire", "que sais tu faire", "what can you do", "comment ca marche",
                "how does it work", "mode d emploi")) {
            return Intent.HELP;
        }
        if (t.hasAny("bonjour", "salut", "hello", "hi", "hey", "bonsoir", "coucou", "merci", "thanks", "thank you",
                "good morning", "allo")) {
            return Intent.GREETING;
        }
        return Intent.FIND_PROGRAMMES;
    }
}
