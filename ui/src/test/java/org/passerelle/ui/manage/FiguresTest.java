package org.passerelle.ui.manage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.passerelle.domain.project.ProjectStatus;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.Territory;

class FiguresTest {

    private final Figures figures = Figures.of(List.of(
            Samples.project("A", ProjectStatus.APPROVED, Axis.CULTURE, Currency.EUR, "1000", "800", "2025-03-01", "NA-1"),
            Samples.project("B", ProjectStatus.SUBMITTED, Axis.CULTURE, Currency.EUR, "500", null, "2026-01-01", "QC-1"),
            Samples.project("C", ProjectStatus.APPROVED, Axis.CULTURE, Currency.CAD, "2000", "1500", "2025-06-01", "QC-1"),
            Samples.project("D", ProjectStatus.DRAFT, Axis.YOUTH_MOBILITY, Currency.EUR, "300", null, null, "UNKNOWN")),
            Map.of("NA-1", Territory.NOUVELLE_AQUITAINE, "QC-1", Territory.QUEBEC)::get);

    @Test
    void counts_projects_by_status_including_empty_ones() {
        assertThat(figures.byStatus()).containsEntry(ProjectStatus.APPROVED, 2L).containsEntry(ProjectStatus.SUBMITTED, 1L)
                .containsEntry(ProjectStatus.DRAFT, 1L).containsEntry(ProjectStatus.COMPLETED, 0L);
        assertThat(figures.projects()).isEqualTo(4);
    }

    @Test
    void never_adds_euros_and_dollars_together() {
        Figures.Amounts cultureEur = figures.byAxis().get(Currency.EUR).get("CULTURE");
        Figures.Amounts cultureCad = figures.byAxis().get(Currency.CAD).get("CULTURE");

        assertThat(cultureEur.requested()).isEqualByComparingTo("1500");
        assertThat(cultureEur.granted()).isEqualByComparingTo("800");
        assertThat(cultureCad.requested()).isEqualByComparingTo("2000");
        assertThat(cultureCad.granted()).isEqualByComparingTo("1500");
    }

    @Test
    void groups_by_start_year_and_by_territory_of_the_lead() {
        assertThat(figures.byYear().get(Currency.EUR)).containsOnlyKeys("2025", "2026", "-");
        assertThat(figures.byTerritory().get(Currency.EUR).get("QUEBEC").requested()).isEqualByComparingTo("500");
        assertThat(figures.byTerritory().get(Currency.EUR).get("OTHER").requested())
                .as("a lead of unknown whereabouts counts as elsewhere").isEqualByComparingTo("300");
    }
}
