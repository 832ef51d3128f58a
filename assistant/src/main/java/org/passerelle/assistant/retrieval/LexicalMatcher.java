package org.passerelle.assistant.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.assistant.catalogue.CatalogueEntry;
import org.passerelle.assistant.understanding.Text;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.dataset.TextData;

/**
 * The assistant's own matcher: the question's content words (accents, case and plural {@code s}
 * ignored) against each programme's code, name, summary and themes, weighted by rarity (idf) and
 * thrice in the name. A programme named by its code or acronym ("OFQJ", "FFQCD") scores highest.
 * Words every programme shares ("programme", "Québec") carry no weight.
 */
public final class LexicalMatcher {

    private static final Set<String> STOP = Set.copyOf(java.util.List.of("le", "la", "les", "de", "des", "du", "un", "une", "et", "ou", "en",
            "au", "aux", "a", "pour", "par", "sur", "dans", "avec", "je", "j", "nous", "vous", "on", "est", "sont",
            "suis", "sommes", "quel", "quels", "quelle", "quelles", "qui", "que", "quoi", "qu", "l", "d", "n", "s", "c",
            "y", "il", "elle", "ce", "cette", "ces", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "pas", "ne",
            "plus", "tres", "faire", "peut", "puis", "peux", "pouvons", "avons", "ai", "the", "of", "and", "or", "for",
            "to", "in", "on", "with", "i", "we", "you", "is", "are", "am", "an", "what", "which", "who", "can", "do",
            "does", "my", "our", "there", "any", "me", "about", "it", "this", "that", "be", "have", "has", "programme",
            "programmes", "program", "programs", "quebec", "nouvelle", "aquitaine", "france", "projet", "projets",
            "project", "projects", "cooperation", "financement", "funding", "aide", "aides", "subvention", "subventions",
            "grant", "grants", "existe", "exist", "existe t", "t", "il", "fund", "fonds", "volet", "strand", "entre",
            "between", "bonjour", "hello", "merci", "thanks", "please", "svp", "eligible", "eligibles", "admissible",
            "plafond", "ceiling", "maximum", "taux", "rate", "montant", "amount", "combien", "how", "much", "many",
            "appel", "appels", "call", "calls", "ouvert", "ouverts", "open", "deadline", "date", "limite", "quand",
            "when", "si", "if", "ans", "years", "old", "partenaire", "partner", "k", "euros", "euro", "dollars",
            "neo", "aquitain", "aquitains", "quebecois", "quebecoise", "quebecoises", "region", "regional",
            "echanger", "exchange", "exchanges", "echanges", "cooperer", "cooperate", "tell", "parle", "moi",
            "details", "conditions", "pourrais", "could", "would", "voudrais", "like", "want", "veux", "voulons",
            "souhaite", "souhaitons", "need", "besoin", "cherche", "cherchons", "looking", "options", "possible",
            "dispositif", "dispositifs", "soutien", "support", "quoi", "what", "fit", "correspondent", "adapte",
            "adaptes", "suitable", "et", "alors", "so", "also", "aussi", "actually", "fait", "comme", "as", "un",
            "ont", "been", "ete", "was", "were"));

    private record Doc(CatalogueEntry entry, Set<String> name, Set<String> body, Set<String> codeWords) {
    }

    private final List<Doc> docs;
    private final Map<String, Double> idf;

    public LexicalMatcher(List<CatalogueEntry> entries) {
        List<Doc> built = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (CatalogueEntry entry : entries) {
            ProgrammeData p = entry.programme();
            Set<String> name = words(text(p.name()));
            Set<String> body = words(text(p.summary()) + " " + String.join(" ", p.themes() == null ? List.of() : p.themes())
                    + " " + text(p.description()) + " " + String.join(" ", p.funders() == null ? List.of() : p.funders()));
            Set<String> code = words(p.code());
            body.addAll(name);
            body.addAll(code);
            built.add(new Doc(entry, name, body, code));
            for (String w : body) {
                df.merge(w, 1, Integer::sum);
            }
        }
        this.docs = List.copyOf(built);
        Map<String, Double> weights = new HashMap<>();
        df.forEach((w, n) -> weights.put(w, Math.log(1 + (double) built.size() / n)));
        this.idf = weights;
    }

    /** Content words of a question, as the matcher reads them. */
    public static Set<String> contentWords(String question) {
        return words(question);
    }

    /** Programmes sharing content words with the question, best first, with their scores (all above zero). */
    public LinkedHashMap<String, Double> match(String question, int limit) {
        Set<String> query = words(question);
        Map<String, Double> scores = new HashMap<>();
        for (Doc doc : docs) {
            double score = 0;
            for (String w : query) {
                double weight = idf.getOrDefault(w, 0.0);
                if (doc.codeWords().contains(w) && weight > 0) {
                    score += 3 * weight;
                }
                if (doc.name().contains(w)) {
                    score += 2 * weight;
                } else if (doc.body().contains(w)) {
                    score += weight;
                }
            }
            if (Text.of(question).has(Text.normalize(doc.entry().code()))) {
                score += 20;
            }
            if (score > 0) {
                scores.put(doc.entry().code(), score);
            }
        }
        LinkedHashMap<String, Double> ranked = new LinkedHashMap<>();
        scores.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())).limit(limit)
                .forEach(e -> ranked.put(e.getKey(), e.getValue()));
        return ranked;
    }

    private static String text(TextData t) {
        return t == null ? "" : (t.fr() == null ? "" : t.fr()) + " " + (t.en() == null ? "" : t.en());
    }

    static Set<String> words(String s) {
        Set<String> words = new HashSet<>();
        for (String w : Text.normalize(s).split(" ")) {
            if (w.length() < 2 || STOP.contains(w) || w.chars().allMatch(Character::isDigit)) {
                continue;
            }
            words.add(stem(w));
        }
        return words;
    }

    /** A light stem: plural {@code s}/{@code x} and a few French/English endings folded. */
    static String stem(String w) {
        String s = w;
        if (s.length() > 4 && (s.endsWith("s") || s.endsWith("x"))) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() > 5 && s.endsWith("e")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
