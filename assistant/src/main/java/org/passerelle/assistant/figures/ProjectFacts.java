package org.passerelle.assistant.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.passerelle.assistant.understanding.Text;
import org.passerelle.backend.dataset.OrganisationData;
import org.passerelle.backend.dataset.ProjectData;
import org.passerelle.domain.project.ProjectStatus;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.Territory;

/**
 * Figures about the cooperation projects, computed from the data at the moment of the question: counts
 * and granted totals by status, axis, year, territory, programme and organisation. A question's words
 * become a {@link Filter}; nothing is estimated.
 */
public final class ProjectFacts {

    /** Which projects a question is about; null fields mean "any". */
    public record Filter(ProjectStatus status, Axis axis, Integer year, Territory territory, String programme,
            String organisation) {

        public boolean isEmpty() {
            return status == null && axis == null && year == null && territory == null && programme == null
                    && organisation == null;
        }
    }

    /** The projects matching a filter, with their count and granted totals per currency. */
    public record Figures(List<ProjectData> projects, Map<Currency, BigDecimal> granted) {
    }

    private static final Map<String, ProjectStatus> STATUS_WORDS = new HashMap<>();
    private static final Map<String, Axis> AXIS_WORDS = new HashMap<>();

    static {
        for (String w : List.of("approuve", "approuves", "approved", "accepte", "acceptes", "accepted", "retenu", "retenus")) {
            STATUS_WORDS.put(w, ProjectStatus.APPROVED);
        }
        for (String w : List.of("rejete", "rejetes", "rejected", "refuse", "refuses", "refused")) {
            STATUS_WORDS.put(w, ProjectStatus.REJECTED);
        }
        for (String w : List.of("en cours", "in progress", "ongoing", "running")) {
            STATUS_WORDS.put(w, ProjectStatus.IN_PROGRESS);
        }
        for (String w : List.of("termine", "termines", "completed", "acheve", "acheves", "finished", "completes")) {
            STATUS_WORDS.put(w, ProjectStatus.COMPLETED);
        }
        for (String w : List.of("soumis", "submitted", "depose", "deposes")) {
            STATUS_WORDS.put(w, ProjectStatus.SUBMITTED);
        }
        for (String w : List.of("en instruction", "under review", "en examen", "being reviewed")) {
            STATUS_WORDS.put(w, ProjectStatus.UNDER_REVIEW);
        }
        for (String w : List.of("retire", "retires", "withdrawn", "abandonne", "abandonnes")) {
            STATUS_WORDS.put(w, ProjectStatus.WITHDRAWN);
        }
        for (String w : List.of("brouillon", "brouillons", "draft", "drafts")) {
            STATUS_WORDS.put(w, ProjectStatus.DRAFT);
        }
        for (String w : List.of("culture", "culturel", "culturels", "cultural", "arts")) {
            AXIS_WORDS.put(w, Axis.CULTURE);
        }
        for (String w : List.of("jeunesse", "mobilite", "youth", "mobility", "jeunes")) {
            AXIS_WORDS.put(w, Axis.YOUTH_MOBILITY);
        }
        for (String w : List.of("recherche", "research", "enseignement superieur", "higher education", "universitaire")) {
            AXIS_WORDS.put(w, Axis.HIGHER_EDUCATION_RESEARCH);
        }
        for (String w : List.of("economie sociale", "ess", "social economy", "solidarity", "solidaire", "social and solidarity")) {
            AXIS_WORDS.put(w, Axis.SOCIAL_SOLIDARITY_ECONOMY);
        }
        for (String w : List.of("developpement economique", "economic development", "economique", "economic", "innovation")) {
            AXIS_WORDS.put(w, Axis.ECONOMIC_DEVELOPMENT);
        }
    }

    private final List<ProjectData> projects;
    private final Map<String, OrganisationData> organisations = new HashMap<>();

    public ProjectFacts(List<ProjectData> projects, List<OrganisationData> organisations) {
        this.projects = List.copyOf(projects);
        for (OrganisationData o : organisations) {
            this.organisations.put(o.code(), o);
        }
    }

    public static ProjectFacts empty() {
        return new ProjectFacts(List.of(), List.of());
    }

    /** The filter a question states; {@code programmeCodes} are the programmes it names. */
    public Filter filterOf(String question, Set<String> programmeCodes) {
        Text t = Text.of(question);
        ProjectStatus status = null;
        for (var e : STATUS_WORDS.entrySet()) {
            if (t.has(e.getKey())) {
                status = e.getValue();
            }
        }
        Axis axis = null;
        for (var e : AXIS_WORDS.entrySet()) {
            if (t.has(e.getKey())) {
                axis = e.getValue();
            }
        }
        Integer year = null;
        var m = java.util.regex.Pattern.compile("\\b(20\\d\\d)\\b").matcher(t.normalized());
        if (m.find()) {
            year = Integer.valueOf(m.group(1));
        }
        Territory territory = null;
        if (t.hasAny("porte par des quebecois", "portes au quebec", "led from quebec", "led by quebec", "chef de file quebecois",
                "lead in quebec", "lead from quebec", "bases au quebec", "based in quebec")) {
            territory = Territory.QUEBEC;
        } else if (t.hasAny("portes en nouvelle aquitaine", "led from nouvelle aquitaine", "lead in nouvelle aquitaine",
                "chef de file neo aquitain", "bases en nouvelle aquitaine", "based in nouvelle aquitaine")) {
            territory = Territory.NOUVELLE_AQUITAINE;
        }
        String organisation = null;
        String place = null;
        int longest = 0;
        for (OrganisationData o : organisations.values()) {
            String name = Text.normalize(o.name());
            if (name.length() > longest && (t.has(name) || t.has(Text.normalize(o.code())))) {
                organisation = o.code();
                longest = name.length();
            }
        }
        if (organisation == null) {
            for (OrganisationData o : organisations.values()) {
                if (o.city() != null && t.has(Text.normalize(o.city()))) {
                    place = o.city();
                }
            }
        }
        String programme = programmeCodes.size() == 1 ? programmeCodes.iterator().next() : null;
        return new Filter(status, axis, year, territory, programme, organisation != null ? organisation
                : place == null ? null : "@" + place);
    }

    public Figures figures(Filter filter) {
        List<ProjectData> matching = new ArrayList<>();
        Map<Currency, BigDecimal> granted = new EnumMap<>(Currency.class);
        for (ProjectData p : projects) {
            if (matches(filter).test(p)) {
                matching.add(p);
                if (p.grantedAmount() != null && p.currency() != null) {
                    granted.merge(p.currency(), p.grantedAmount(), BigDecimal::add);
                }
            }
        }
        return new Figures(matching, granted);
    }

    private Predicate<ProjectData> matches(Filter f) {
        return p -> (f.status() == null || f.status() == p.status())
                && (f.axis() == null || f.axis() == p.axis())
                && (f.year() == null || (p.startDate() != null && p.startDate().startsWith(String.valueOf(f.year()))))
                && (f.territory() == null || leadTerritory(p) == f.territory())
                && (f.programme() == null || f.programme().equals(p.programme()))
                && (f.organisation() == null || involves(p, f.organisation()));
    }

    private Territory leadTerritory(ProjectData p) {
        OrganisationData lead = organisations.get(p.lead());
        return lead == null ? null : lead.territory();
    }

    private boolean involves(ProjectData p, String organisation) {
        List<String> all = new ArrayList<>();
        all.add(p.lead());
        if (p.partners() != null) {
            all.addAll(p.partners());
        }
        if (organisation.startsWith("@")) {
            String city = organisation.substring(1).toLowerCase(Locale.ROOT);
            return all.stream().map(organisations::get)
                    .anyMatch(o -> o != null && o.city() != null && o.city().toLowerCase(Locale.ROOT).equals(city));
        }
        return all.contains(organisation);
    }

    public String organisationName(String code) {
        if (code != null && code.startsWith("@")) {
            return code.substring(1);
        }
        OrganisationData o = organisations.get(code);
        return o == null ? code : o.name();
    }
}
