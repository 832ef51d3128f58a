package org.passerelle.ui.manage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.passerelle.backend.dataset.ProjectData;
import org.passerelle.domain.project.ProjectStatus;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Currency;

class ProjectFormTest {

    private final ProjectForm form = new ProjectForm();

    @Test
    void gives_back_the_project_it_was_shown() {
        ProjectData original = Samples.project("P-7", ProjectStatus.APPROVED, Axis.CULTURE, Currency.CAD, "5000",
                "4000", "2026-02-01", "ORG-1");
        form.read(ProjectDraft.of(original), true, true);

        ProjectDraft written = ProjectDraft.of(original);
        assertThat(form.writeIfValid(written)).isTrue();

        assertThat(written.toData()).isEqualTo(original);
        assertThat(form.reference.isReadOnly()).isTrue();
    }

    @Test
    void refuses_a_request_above_the_budget_and_an_end_before_the_start() {
        ProjectDraft draft = ProjectDraft.of(Samples.project("P-8", ProjectStatus.DRAFT, Axis.CULTURE, Currency.EUR,
                "5000", null, "2026-02-01", "ORG-1"));
        form.read(draft, true, true);
        form.requestedAmount.setValue(new BigDecimal("200000"));
        form.endDate.setValue(LocalDate.parse("2026-01-01"));

        assertThat(form.writeIfValid(draft)).isFalse();
        assertThat(form.requestedAmount.isInvalid()).isTrue();
        assertThat(form.endDate.isInvalid()).isTrue();
        assertThat(draft.getRequestedAmount()).isEqualByComparingTo("5000");
    }

    @Test
    void is_read_only_for_a_role_that_may_not_edit() {
        form.read(new ProjectDraft(), false, false);

        assertThat(form.titleFr.isReadOnly()).isTrue();
        assertThat(form.reference.isReadOnly()).isTrue();
    }
}
