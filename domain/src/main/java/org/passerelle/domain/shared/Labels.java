package org.passerelle.domain.shared;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Names of the shared enumerations in French and English, in the forms sentences need: a capitalised
 * label for lists and forms, and for applicant types the singular, the plural and the singular with its
 * indefinite article ({@code une CAE}, {@code an association}). Any language other than English gets French.
 */
public final class Labels {

    private record Forms(String label, String singular, String plural, String withArticle) {}

    private static final Map<ApplicantType, Forms> TYPES_FR = new EnumMap<>(ApplicantType.class);
    private static final Map<ApplicantType, Forms> TYPES_EN = new EnumMap<>(ApplicantType.class);

    static {
        type(ApplicantType.ASSOCIATION,
                new Forms("Association", "association", "associations", "une association"),
                new Forms("Association", "association", "associations", "an association"));
        type(ApplicantType.COOPERATIVE,
                new Forms("Coopérative", "coopérative", "coopératives", "une coopérative"),
                new Forms("Cooperative", "cooperative", "cooperatives", "a cooperative"));
        // French acronyms take no plural mark; English ones take an s.
        type(ApplicantType.CAE,
                new Forms("Coopérative d'activités et d'emploi (CAE)", "CAE", "CAE", "une CAE"),
                new Forms("Business and employment cooperative (CAE)", "CAE", "CAEs", "a CAE"));
        type(ApplicantType.SIAE,
                new Forms("Structure d'insertion par l'activité économique (SIAE)", "SIAE", "SIAE", "une SIAE"),
                new Forms("Work integration social enterprise (SIAE)", "SIAE", "SIAEs", "an SIAE"));
        type(ApplicantType.COMPANY,
                new Forms("Entreprise", "entreprise", "entreprises", "une entreprise"),
                new Forms("Company", "company", "companies", "a company"));
        type(ApplicantType.LOCAL_AUTHORITY,
                new Forms("Collectivité territoriale", "collectivité territoriale", "collectivités territoriales",
                        "une collectivité territoriale"),
                new Forms("Local authority", "local authority", "local authorities", "a local authority"));
        type(ApplicantType.PUBLIC_BODY,
                new Forms("Établissement public", "établissement public", "établissements publics",
                        "un établissement public"),
                new Forms("Public body", "public body", "public bodies", "a public body"));
        type(ApplicantType.HIGHER_EDUCATION,
                new Forms("Établissement d'enseignement supérieur", "établissement d'enseignement supérieur",
                        "établissements d'enseignement supérieur", "un établissement d'enseignement supérieur"),
                new Forms("Higher education institution", "higher education institution",
                        "higher education institutions", "a higher education institution"));
        type(ApplicantType.RESEARCH_ORGANISATION,
                new Forms("Organisme de recherche", "organisme de recherche", "organismes de recherche",
                        "un organisme de recherche"),
                new Forms("Research organisation", "research organisation", "research organisations",
                        "a research organisation"));
        type(ApplicantType.SCHOOL,
                new Forms("Établissement scolaire", "établissement scolaire", "établissements scolaires",
                        "un établissement scolaire"),
                new Forms("School", "school", "schools", "a school"));
        type(ApplicantType.CULTURAL_ORGANISATION,
                new Forms("Structure culturelle", "structure culturelle", "structures culturelles",
                        "une structure culturelle"),
                new Forms("Cultural organisation", "cultural organisation", "cultural organisations",
                        "a cultural organisation"));
        type(ApplicantType.INDIVIDUAL,
                new Forms("Particulier", "particulier", "particuliers", "un particulier"),
                new Forms("Individual", "individual", "individuals", "an individual"));
    }

    private Labels() {}

    private static void type(ApplicantType type, Forms fr, Forms en) {
        TYPES_FR.put(type, fr);
        TYPES_EN.put(type, en);
    }

    private static Forms forms(ApplicantType type, String lang) {
        return (Languages.isEnglish(lang) ? TYPES_EN : TYPES_FR).get(type);
    }

    /** The name shown in forms and lists: {@code Coopérative d'activités et d'emploi (CAE)}. */
    public static String label(ApplicantType type, String lang) {
        return forms(type, lang).label();
    }

    /** The short singular used inside sentences: {@code entreprise}, {@code CAE}. */
    public static String singular(ApplicantType type, String lang) {
        return forms(type, lang).singular();
    }

    /** The short plural used inside sentences: {@code associations}, {@code CAE} / {@code CAEs}. */
    public static String plural(ApplicantType type, String lang) {
        return forms(type, lang).plural();
    }

    /** The singular with its indefinite article: {@code une entreprise}, {@code an individual}. */
    public static String withIndefiniteArticle(ApplicantType type, String lang) {
        return forms(type, lang).withArticle();
    }

    public static String label(Territory territory, String lang) {
        boolean english = Languages.isEnglish(lang);
        return switch (territory) {
            case NOUVELLE_AQUITAINE -> "Nouvelle-Aquitaine";
            case QUEBEC -> "Québec";
            case OTHER -> english ? "Other territory" : "Autre territoire";
        };
    }

    /** Where, as a sentence says it: {@code en Nouvelle-Aquitaine}, {@code au Québec}, {@code in Québec}. */
    public static String location(Territory territory, String lang) {
        boolean english = Languages.isEnglish(lang);
        return switch (territory) {
            case NOUVELLE_AQUITAINE -> english ? "in Nouvelle-Aquitaine" : "en Nouvelle-Aquitaine";
            case QUEBEC -> english ? "in Québec" : "au Québec";
            case OTHER -> english ? "outside Nouvelle-Aquitaine and Québec" : "hors Nouvelle-Aquitaine et Québec";
        };
    }

    public static String label(Axis axis, String lang) {
        boolean english = Languages.isEnglish(lang);
        return switch (axis) {
            case ECONOMIC_DEVELOPMENT -> english ? "Economic development" : "Développement économique";
            case SOCIAL_SOLIDARITY_ECONOMY -> english ? "Social and solidarity economy" : "Économie sociale et solidaire";
            case HIGHER_EDUCATION_RESEARCH -> english ? "Higher education and research" : "Enseignement supérieur et recherche";
            case CULTURE -> "Culture";
            case YOUTH_MOBILITY -> english ? "Youth and mobility" : "Jeunesse et mobilité";
        };
    }

    public static String label(Currency currency, String lang) {
        boolean english = Languages.isEnglish(lang);
        return switch (currency) {
            case EUR -> "Euro";
            case CAD -> english ? "Canadian dollar" : "Dollar canadien";
        };
    }

    /** {@code a, b et c} / {@code a, b and c} (no serial comma, as the partnership's texts write it). */
    public static String joinWithAnd(List<String> items, String lang) {
        return join(items, Languages.isEnglish(lang) ? " and " : " et ");
    }

    /** {@code a, b ou c} / {@code a, b or c}. */
    public static String joinWithOr(List<String> items, String lang) {
        return join(items, Languages.isEnglish(lang) ? " or " : " ou ");
    }

    private static String join(List<String> items, String lastSeparator) {
        int size = items.size();
        if (size == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder(items.get(0));
        for (int i = 1; i < size; i++) {
            out.append(i == size - 1 ? lastSeparator : ", ").append(items.get(i));
        }
        return out.toString();
    }
}
