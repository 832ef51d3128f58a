package org.passerelle.ui.manage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Axis;

class ProgrammeFormTest {

    private final ProgrammeForm form = new ProgrammeForm();

    @Test
    void gives_back_every_field_of_a_programme_it_was_shown_including_rules_and_both_languages() {
        ProgrammeData original = Samples.youthProgramme();
        ProgrammeDraft draft = ProgrammeDraft.of(original);
        form.read(draft, true);

        ProgrammeDraft written = new ProgrammeDraft();
        assertThat(form.writeIfValid(written)).isTrue();

        ProgrammeData back = written.toData();
        assertThat(back).usingRecursiveComparison().ignoringFields("axes", "eligibility.applicantTypes",
                "eligibility.applicantTerritories", "status").isEqualTo(original);
        assertThat(back.axes()).containsExactlyInAnyOrderElementsOf(original.axes());
        assertThat(back.eligibility().applicantTypes())
                .containsExactlyInAnyOrderElementsOf(original.eligibility().applicantTypes());
        assertThat(form.code.isReadOnly()).as("an existing programme keeps its code").isTrue();
    }

    @Test
    void refuses_a_bad_code_and_a_missing_french_name_and_leaves_the_draft_untouched() {
        ProgrammeDraft draft = ProgrammeDraft.of(Samples.youthProgramme());
        form.read(draft, false);
        form.code.setValue("bad code");
        form.nameFr.setValue("");

        assertThat(form.writeIfValid(draft)).isFalse();

        assertThat(form.code.isInvalid()).isTrue();
        assertThat(form.nameFr.isInvalid()).isTrue();
        assertThat(draft.getCode()).isEqualTo("JEUNES-QC");
        assertThat(draft.getNameFr()).isEqualTo("Jeunes en mobilité");
    }

    @Test
    void refuses_a_maximum_age_below_the_minimum_and_a_rate_above_a_hundred() {
        form.read(ProgrammeDraft.of(Samples.youthProgramme()), false);
        form.minAge.setValue(30);
        form.maxAge.setValue(18);
        form.maxRate.setValue(new java.math.BigDecimal("120"));

        assertThat(form.writeIfValid(new ProgrammeDraft())).isFalse();
        assertThat(form.maxAge.isInvalid()).isTrue();
        assertThat(form.maxRate.isInvalid()).isTrue();
    }

    @Test
    void a_new_programme_needs_at_least_one_axis() {
        form.read(new ProgrammeDraft(), false);
        form.code.setValue("NEW-ONE");
        form.nameFr.setValue("Nouveau");
        form.summaryFr.setValue("Résumé");

        assertThat(form.writeIfValid(new ProgrammeDraft())).isFalse();
        assertThat(form.axes.isInvalid()).isTrue();

        form.axes.setValue(Set.of(Axis.CULTURE));
        ProgrammeDraft draft = new ProgrammeDraft();
        assertThat(form.writeIfValid(draft)).isTrue();
        assertThat(draft.toData().eligibility().applicantTypes()).isEmpty();
    }

    @Test
    void snapshot_shows_what_is_typed_without_touching_the_draft() {
        ProgrammeDraft draft = ProgrammeDraft.of(Samples.youthProgramme());
        form.read(draft, true);
        form.applicantTypes.setValue(Set.of(ApplicantType.SCHOOL));
        form.minAge.setValue(99);

        ProgrammeDraft snapshot = form.snapshot();

        assertThat(snapshot.getApplicantTypes()).containsExactly(ApplicantType.SCHOOL);
        assertThat(snapshot.getMinAge()).isEqualTo(99);
        assertThat(draft.getApplicantTypes()).containsExactlyInAnyOrder(ApplicantType.ASSOCIATION, ApplicantType.INDIVIDUAL);
        assertThat(draft.getMinAge()).isEqualTo(18);
    }

    @Test
    void pairs_french_and_english_conditions_line_by_line() {
        ProgrammeDraft draft = new ProgrammeDraft();
        draft.setConditionsFr("Première\n\nDeuxième\n");
        draft.setConditionsEn("First");

        assertThat(draft.toData().eligibility().conditions()).extracting(c -> c.fr() + "/" + c.en())
                .containsExactly("Première/First", "Deuxième/null");
    }
}
