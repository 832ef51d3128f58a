package org.passerelle.backend.search.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.passerelle.backend.dataset.CallData;
import org.passerelle.backend.dataset.EligibilityData;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.dataset.TextData;
import org.passerelle.domain.programme.ProgrammeStatus;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.Territory;

/**
 * Programmes written with the partnership's vocabulary, in French and English, for the search benchmark:
 * names, summaries and descriptions built from some thirty topics (reuse, social economy, photonics,
 * youth mobility…), with themes, funders, axes, constraints and calls, from a fixed seed so that runs
 * compare. About nine in ten are published; each has zero to three calls around 2026.
 */
public final class GeneratedProgrammes {

    /** A subject programmes are about: its words in both languages, its theme and axis. */
    record Topic(String fr, String en, String theme, Axis axis) {
    }

    static final List<Topic> TOPICS = List.of(
            new Topic("ressourceries et réemploi", "reuse centres and repair", "economie-circulaire",
                    Axis.SOCIAL_SOLIDARITY_ECONOMY),
            new Topic("économie sociale et solidaire", "social and solidarity economy", "ess",
                    Axis.SOCIAL_SOLIDARITY_ECONOMY),
            new Topic("coopératives d'activités et d'emploi", "business and employment cooperatives", "cae",
                    Axis.SOCIAL_SOLIDARITY_ECONOMY),
            new Topic("insertion par l'activité économique", "work integration enterprises", "insertion",
                    Axis.SOCIAL_SOLIDARITY_ECONOMY),
            new Topic("tiers-lieux culturels", "cultural third places", "tiers-lieux", Axis.CULTURE),
            new Topic("innovation sociale", "social innovation", "innovation-sociale",
                    Axis.SOCIAL_SOLIDARITY_ECONOMY),
            new Topic("photonique et lasers", "photonics and lasers", "photonique", Axis.HIGHER_EDUCATION_RESEARCH),
            new Topic("technologies médicales", "medical technologies", "sante", Axis.ECONOMIC_DEVELOPMENT),
            new Topic("recherche en oncologie", "oncology research", "sante", Axis.HIGHER_EDUCATION_RESEARCH),
            new Topic("alimentation et nutrition", "food and nutrition", "agroalimentaire",
                    Axis.ECONOMIC_DEVELOPMENT),
            new Topic("numérique et données", "digital and data", "numerique", Axis.ECONOMIC_DEVELOPMENT),
            new Topic("intelligence artificielle", "artificial intelligence", "numerique",
                    Axis.HIGHER_EDUCATION_RESEARCH),
            new Topic("export des jeunes pousses", "start-up export", "export", Axis.ECONOMIC_DEVELOPMENT),
            new Topic("spectacle vivant", "performing arts", "spectacle-vivant", Axis.CULTURE),
            new Topic("festivals de musique", "music festivals", "musique", Axis.CULTURE),
            new Topic("bande dessinée et illustration", "comics and illustration", "livre", Axis.CULTURE),
            new Topic("résidences d'écriture", "writing residencies", "livre", Axis.CULTURE),
            new Topic("cinéma et audiovisuel", "film and television", "audiovisuel", Axis.CULTURE),
            new Topic("mobilité des jeunes", "youth mobility", "jeunesse", Axis.YOUTH_MOBILITY),
            new Topic("stages à l'international", "international internships", "stages", Axis.YOUTH_MOBILITY),
            new Topic("volontariat et bénévolat", "volunteering", "volontariat", Axis.YOUTH_MOBILITY),
            new Topic("thèses en cotutelle", "joint doctoral theses", "doctorat", Axis.HIGHER_EDUCATION_RESEARCH),
            new Topic("échanges entre cégeps et lycées", "college and high school exchanges", "education",
                    Axis.YOUTH_MOBILITY),
            new Topic("jumelage de communes", "town twinning", "jumelage", Axis.CULTURE),
            new Topic("transition écologique", "green transition", "environnement", Axis.ECONOMIC_DEVELOPMENT),
            new Topic("forêt et filière bois", "forestry and wood industry", "bois", Axis.ECONOMIC_DEVELOPMENT),
            new Topic("tourisme durable", "sustainable tourism", "tourisme", Axis.ECONOMIC_DEVELOPMENT),
            new Topic("langue française et francophonie", "French language and francophonie", "francophonie",
                    Axis.CULTURE),
            new Topic("agriculture biologique", "organic farming", "agriculture", Axis.ECONOMIC_DEVELOPMENT),
            new Topic("économie maritime", "blue economy", "mer", Axis.ECONOMIC_DEVELOPMENT));

    private static final String[][] KINDS = {{"Fonds", "Fund"}, {"Programme", "Programme"},
        {"Soutien aux projets", "Support for projects"}, {"Aide", "Grant"}, {"Prix", "Award"},
        {"Appel à projets", "Call for projects"}, {"Bourses", "Scholarships"}, {"Missions", "Missions"}};
    private static final String[][] PLACES = {{"en Nouvelle-Aquitaine", "in Nouvelle-Aquitaine"},
        {"au Québec", "in Québec"}, {"franco-québécois", "French-Québec"}, {"transatlantique", "transatlantic"},
        {"en Gironde", "in Gironde"}, {"à Montréal", "in Montréal"}, {"en Charente-Maritime", "in Charente-Maritime"}};
    private static final String[][] PURPOSES = {{"financer l'amorçage", "fund the start"},
        {"accompagner les partenariats", "support partnerships"}, {"favoriser les échanges", "foster exchanges"},
        {"développer des prototypes", "develop prototypes"}, {"structurer des réseaux", "build networks"},
        {"former les équipes", "train teams"}, {"accueillir des délégations", "host delegations"}};
    private static final String[] FUNDERS = {"Région Nouvelle-Aquitaine", "Gouvernement du Québec", "MRIF", "OFQJ",
        "Bpifrance", "ADEME", "Investissement Québec", "Fonds de recherche du Québec", "Conseil des arts",
        "Département de la Gironde", "LOJIQ", "Agence nationale de la recherche"};

    private GeneratedProgrammes() {
    }

    /** The programmes and their calls. */
    public record Dataset(List<ProgrammeData> programmes, List<CallData> calls) {
    }

    public static Dataset generate(int count, long seed) {
        Random random = new Random(seed);
        List<ProgrammeData> programmes = new ArrayList<>(count);
        List<CallData> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String code = "GEN-" + i;
            programmes.add(programme(random, code));
            int callCount = random.nextInt(4);
            for (int c = 0; c < callCount; c++) {
                LocalDate opens = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(700));
                calls.add(new CallData(code + "-" + c, code, new TextData("Appel " + opens.getYear() + " : "
                        + pick(random, PURPOSES)[0], "Call " + opens.getYear() + ": " + pick(random, PURPOSES)[1]),
                        opens.toString(), opens.plusDays(30 + random.nextInt(120)).toString(), null));
            }
        }
        return new Dataset(programmes, calls);
    }

    private static ProgrammeData programme(Random random, String code) {
        Topic main = TOPICS.get(random.nextInt(TOPICS.size()));
        Topic second = TOPICS.get(random.nextInt(TOPICS.size()));
        String[] kind = pick(random, KINDS);
        String[] place = pick(random, PLACES);
        String[] purpose = pick(random, PURPOSES);
        TextData name = new TextData(kind[0] + " " + main.fr() + " " + place[0],
                kind[1] + " " + main.en() + " " + place[1]);
        TextData summary = new TextData("Pour " + purpose[0] + " en " + main.fr() + " et " + second.fr() + ".",
                "To " + purpose[1] + " in " + main.en() + " and " + second.en() + ".");
        TextData description = new TextData(description(random, main, second, true),
                description(random, main, second, false));
        List<String> themes = main.theme().equals(second.theme()) ? List.of(main.theme())
                : List.of(main.theme(), second.theme());
        List<Axis> axes = main.axis() == second.axis() ? List.of(main.axis()) : List.of(main.axis(), second.axis());
        List<String> funders = List.of(FUNDERS[random.nextInt(FUNDERS.length)]);
        ProgrammeStatus status = random.nextInt(10) == 0 ? ProgrammeStatus.DRAFT : ProgrammeStatus.PUBLISHED;
        List<ApplicantType> types = random.nextBoolean() ? List.of() : someOf(random, ApplicantType.class);
        List<Territory> territories = random.nextBoolean() ? List.of() : someOf(random, Territory.class);
        return new ProgrammeData(code, name, summary, description, axes, themes, funders, status, Currency.EUR,
                null, 12 + random.nextInt(24), new EligibilityData(types, territories, random.nextBoolean(), null,
                        null, List.of()), null, null);
    }

    private static String description(Random random, Topic main, Topic second, boolean french) {
        StringBuilder text = new StringBuilder();
        for (int sentence = 0; sentence < 3 + random.nextInt(3); sentence++) {
            String[] purpose = pick(random, PURPOSES);
            String[] place = pick(random, PLACES);
            Topic topic = random.nextBoolean() ? main : second;
            text.append(french
                    ? "Le programme permet de " + purpose[0] + " dans le domaine " + topic.fr() + " " + place[0] + ". "
                    : "The programme helps " + purpose[1] + " in " + topic.en() + " " + place[1] + ". ");
        }
        return text.toString().strip();
    }

    private static String[] pick(Random random, String[][] values) {
        return values[random.nextInt(values.length)];
    }

    private static <E extends Enum<E>> List<E> someOf(Random random, Class<E> type) {
        E[] all = type.getEnumConstants();
        EnumSet<E> chosen = EnumSet.noneOf(type);
        int count = 1 + random.nextInt(Math.min(3, all.length));
        while (chosen.size() < count) {
            chosen.add(all[random.nextInt(all.length)]);
        }
        return List.copyOf(chosen);
    }
}
