package org.passerelle.ui.manage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.passerelle.backend.dataset.ProjectData;
import org.passerelle.domain.project.ProjectStatus;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.Territory;

/**
 * The partnership's project figures for the dashboard: how many projects per status, and the amounts
 * requested and granted per axis, per start year and per territory of the lead, kept apart per currency
 * (EUR and CAD are never added together).
 */
public record Figures(Map<ProjectStatus, Long> byStatus, Map<Currency, Map<String, Amounts>> byAxis,
        Map<Currency, Map<String, Amounts>> byYear, Map<Currency, Map<String, Amounts>> byTerritory) {

    /** What was asked and what was given, for one group. */
    public record Amounts(BigDecimal requested, BigDecimal granted) {
        static final Amounts ZERO = new Amounts(BigDecimal.ZERO, BigDecimal.ZERO);

        Amounts plus(ProjectData project) {
            return new Amounts(requested.add(orZero(project.requestedAmount())),
                    granted.add(orZero(project.grantedAmount())));
        }

        private static BigDecimal orZero(BigDecimal value) {
            return value == null ? BigDecimal.ZERO : value;
        }
    }

    /** Figures over {@code projects}; {@code territoryOfLead} tells where each lead organisation is. */
    public static Figures of(List<ProjectData> projects, Function<String, Territory> territoryOfLead) {
        Map<ProjectStatus, Long> byStatus = new EnumMap<>(ProjectStatus.class);
        for (ProjectStatus status : ProjectStatus.values()) {
            byStatus.put(status, 0L);
        }
        Map<Currency, Map<String, Amounts>> byAxis = perCurrency();
        Map<Currency, Map<String, Amounts>> byYear = perCurrency();
        Map<Currency, Map<String, Amounts>> byTerritory = perCurrency();
        for (ProjectData project : projects) {
            byStatus.merge(project.status(), 1L, Long::sum);
            Currency currency = project.currency() == null ? Currency.EUR : project.currency();
            add(byAxis.get(currency), project.axis() == null ? "-" : project.axis().name(), project);
            add(byYear.get(currency), project.startDate() == null ? "-"
                    : String.valueOf(LocalDate.parse(project.startDate()).getYear()), project);
            Territory territory = project.lead() == null ? null : territoryOfLead.apply(project.lead());
            add(byTerritory.get(currency), territory == null ? Territory.OTHER.name() : territory.name(), project);
        }
        return new Figures(byStatus, byAxis, byYear, byTerritory);
    }

    private static Map<Currency, Map<String, Amounts>> perCurrency() {
        Map<Currency, Map<String, Amounts>> map = new EnumMap<>(Currency.class);
        for (Currency currency : Currency.values()) {
            map.put(currency, new TreeMap<>());
        }
        return map;
    }

    private static void add(Map<String, Amounts> groups, String key, ProjectData project) {
        groups.merge(key, Amounts.ZERO.plus(project), (a, b) -> new Amounts(a.requested().add(b.requested()),
                a.granted().add(b.granted())));
    }

    public long projects() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
