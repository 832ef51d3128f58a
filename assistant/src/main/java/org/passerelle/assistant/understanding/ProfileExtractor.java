package org.passerelle.assistant.understanding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.assistant.eligibility.ApplicantProfile;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.Territory;

/**
 * What a question says about the asker, merged into what the conversation already knew: applicant type,
 * territory, age, partner on the other side (with negation), amounts and currency. A later statement
 * replaces an earlier one ("en fait nous sommes à Pau"). Only what the text states is taken; nothing
 * is guessed.
 */
public final class ProfileExtractor {

    private static final Pattern AGE = Pattern.compile(
            "(?:\\b(\\d{1,2})\\s*(?:ans|years? old|yo|year old)\\b)|(?:\\b(?:aged?|age de|agee? de|i am|i m|im)\\s+(\\d{1,2})\\b(?!\\s*(?:k|000|€|\\$|euros?|dollars?|%)))");
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\w.,])(\\d{1,3}(?:[ \\u00A0\\u202F.,]\\d{3})+|\\d+(?:[.,]\\d+)?)\\s*(k|K|000|mille|thousand|M|million|millions)?\\s*"
                    + "(€|euros?|eur\\b|\\$\\s*(?:ca|can|cad)\\b|ca\\$|c\\$|\\$|dollars?(?:\\s+canadiens?|\\s+canadian)?|cad\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AMOUNT_CURRENCY_FIRST = Pattern.compile(
            "(€|ca\\$|c\\$|\\$)\\s*(\\d{1,3}(?:[,.\\u00A0 ]\\d{3})+|\\d+(?:[.,]\\d+)?)\\s*(k|K|M)?", Pattern.CASE_INSENSITIVE);
    private static final List<String> BUDGET_WORDS = List.of("budget", "total", "cout", "coute", "cost", "costs",
            "budgete", "d un montant total", "projet de", "project of", "worth");
    private static final List<String> SELF_CUES = List.of("je suis", "nous sommes", "on est", "suis", "sommes",
            "base", "basee", "bases", "basees", "situe", "situee", "situes", "installe", "installee", "implante",
            "implantee", "j habite", "je vis", "nous vivons", "habitons", "we are", "we re", "i am", "i m", "based",
            "located", "i live", "we live", "from", "de la", "du", "en fait", "actually", "here in", "ici au",
            "ici en", "originaire", "residing", "resident", "domicilie");
    private static final List<String> AWAY_CUES = List.of("avec", "vers", "with", "to", "towards", "partir", "aller",
            "go", "travel", "pour le", "pour la", "partenaire", "partner", "echanger", "exchange", "cooperer",
            "cooperate", "et", "and", "entre", "between", "au quebec pour", "visiter", "visit", "stage");

    private final Vocabulary<ApplicantType> types;
    private final Vocabulary<Territory> places;

    public ProfileExtractor() {
        this.types = Vocabulary.load("applicant-types.txt", ApplicantType::valueOf);
        this.places = Vocabulary.load("places.txt", Territory::valueOf);
    }

    /** {@code known} refined by what {@code question} states. */
    public ApplicantProfile refine(ApplicantProfile known, String question) {
        Text text = Text.of(question);
        ApplicantProfile profile = known;
        Optional<ApplicantType> type = applicantType(text);
        if (type.isPresent()) {
            profile = profile.withApplicantType(type.get());
        }
        Optional<Territory> territory = territory(text);
        if (territory.isPresent()) {
            profile = profile.withTerritory(territory.get());
        }
        Integer age = age(text);
        if (age != null) {
            profile = profile.withAge(age);
            if (profile.applicantType() == null) {
                profile = profile.withApplicantType(ApplicantType.INDIVIDUAL);
            }
        }
        Boolean partner = partner(text);
        if (partner != null) {
            profile = profile.withPartnerFromOtherSide(partner);
        }
        return amounts(profile, question);
    }

    Optional<ApplicantType> applicantType(Text text) {
        List<Vocabulary.Mention<ApplicantType>> mentions = types.mentions(text);
        // A "partner" named in the sentence is the other side, not the asker.
        return mentions.stream().filter(m -> !describesPartner(text, m.position()))
                .findFirst().map(Vocabulary.Mention::value);
    }

    private static boolean describesPartner(Text text, int position) {
        String before = text.normalized().substring(Math.max(0, position - 28), position);
        return before.contains("partenaire") || before.contains("partner") || before.contains("avec un")
                || before.contains("avec une") || before.contains("with a ") || before.contains("with an ");
    }

    Optional<Territory> territory(Text text) {
        Territory found = null;
        int foundAt = -1;
        for (Vocabulary.Mention<Territory> m : places.mentions(text)) {
            if (!afterAwayCue(text, m.position()) && m.position() > foundAt) {
                found = m.value();
                foundAt = m.position();
            }
        }
        // The bare region names count when the sentence says the asker is there.
        for (var bare : List.of(new Bare("quebec", Territory.QUEBEC), new Bare("nouvelle aquitaine",
                Territory.NOUVELLE_AQUITAINE))) {
            int from = 0;
            int at;
            while ((at = text.normalized().indexOf(" " + bare.phrase + " ", from)) >= 0) {
                int position = at + 1;
                if (position > foundAt && (text.normalized().startsWith(" a quebec ", at - 2) && bare.territory == Territory.QUEBEC
                        || afterSelfCue(text, position) && !afterAwayCue(text, position))) {
                    found = bare.territory;
                    foundAt = position;
                }
                from = at + 1;
            }
        }
        return Optional.ofNullable(found);
    }

    private record Bare(String phrase, Territory territory) {
    }

    private static boolean afterSelfCue(Text text, int position) {
        String before = text.normalized().substring(Math.max(0, position - 24), position);
        for (String cue : SELF_CUES) {
            if (before.contains(" " + cue + " ")) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterAwayCue(Text text, int position) {
        String before = text.normalized().substring(Math.max(0, position - 14), position);
        for (String cue : AWAY_CUES) {
            if (before.endsWith(" " + cue + " ") || before.endsWith(" " + cue + " le ") || before.endsWith(" " + cue + " la ")
                    || before.endsWith(" " + cue + " au ") || before.endsWith(" " + cue + " en ")
                    || before.endsWith(" " + cue + " the ") || before.endsWith(" " + cue + " in ")) {
                return true;
            }
        }
        return false;
    }

    static Integer age(Text text) {
        Matcher m = AGE.matcher(text.normalized());
        Integer age = null;
        while (m.find()) {
            String digits = m.group(1) != null ? m.group(1) : m.group(2);
            int value = Integer.parseInt(digits);
            if (value >= 10 && value <= 99) {
                age = value;
            }
        }
        return age;
    }

    static Boolean partner(Text text) {
        String s = text.normalized();
        int at = Math.max(s.lastIndexOf(" partenaire"), Math.max(s.lastIndexOf(" partner"), s.lastIndexOf(" jumel")));
        if (at < 0) {
            return null;
        }
        String before = s.substring(Math.max(0, at - 40), at + 1);
        if (containsAny(before, " pas ", " sans ", " aucun ", " aucune ", " no ", " not ", " without ", " don t ",
                " dont ", " haven t ", " havent ", " n avons ", " n ai ", " ni ", " never ", " jamais ", " cherche ",
                " cherchons ", " recherche ", " recherchons ", " looking for ", " seeking ", " search ", " trouver ",
                " find ", " yet ", " encore ")) {
            return Boolean.FALSE;
        }
        if (containsAny(before, " avons ", " ai ", " avec ", " have ", " has ", " with ", " got ", " trouve ", " found ",
                " notre ", " nos ", " our ", " un ", " une ", " a ", " deja ", " already ")) {
            return Boolean.TRUE;
        }
        return null;
    }

    private static boolean containsAny(String s, String... parts) {
        for (String p : parts) {
            if (s.contains(p)) {
                return true;
            }
        }
        return false;
    }

    static ApplicantProfile amounts(ApplicantProfile profile, String question) {
        String q = question == null ? "" : question;
        String lower = Text.normalize(q);
        Matcher m = AMOUNT.matcher(q);
        ApplicantProfile result = profile;
        while (m.find()) {
            result = withAmount(result, q, m.start(), parse(m.group(1), m.group(2)), currency(m.group(3)));
        }
        Matcher first = AMOUNT_CURRENCY_FIRST.matcher(q);
        while (first.find()) {
            if (q.substring(0, first.start()).matches("(?s).*\\d\\s*$")) {
                continue;
            }
            result = withAmount(result, q, first.start(), parse(first.group(2), first.group(3)), currency(first.group(1)));
        }
        if (lower.isEmpty()) {
            return result;
        }
        return result;
    }

    private static ApplicantProfile withAmount(ApplicantProfile profile, String q, int start, BigDecimal amount,
            Currency currency) {
        if (amount == null) {
            return profile;
        }
        String before = Text.normalize(q.substring(Math.max(0, start - 40), start));
        boolean budget = false;
        for (String word : BUDGET_WORDS) {
            if ((" " + before + " ").contains(" " + word + " ")) {
                budget = true;
            }
        }
        ApplicantProfile p = budget ? profile.withProjectBudget(amount) : profile.withRequestedAmount(amount);
        return p.withCurrency(currency);
    }

    static BigDecimal parse(String digits, String multiplier) {
        String d = digits.replaceAll("[ \\u00A0\\u202F]", "");
        if (d.matches("\\d{1,3}([.,]\\d{3})+")) {
            d = d.replaceAll("[.,]", "");
        } else {
            d = d.replace(',', '.');
        }
        BigDecimal value;
        try {
            value = new BigDecimal(d);
        } catch (NumberFormatException e) {
            return null;
        }
        if (multiplier != null) {
            String mult = multiplier.toLowerCase();
            if (mult.equals("k") || mult.equals("000") || mult.equals("mille") || mult.equals("thousand")) {
                value = value.multiply(BigDecimal.valueOf(1000));
            } else if (mult.startsWith("m")) {
                value = value.multiply(BigDecimal.valueOf(1_000_000));
            }
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }

    private static Currency currency(String symbol) {
        String s = symbol.toLowerCase();
        return s.startsWith("€") || s.startsWith("eur") ? Currency.EUR : Currency.CAD;
    }
}
