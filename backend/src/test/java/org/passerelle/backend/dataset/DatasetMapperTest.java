package org.passerelle.backend.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.passerelle.domain.call.CallForProjects;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.programme.Programme;
import org.passerelle.domain.programme.ProgrammeContent;
import org.passerelle.domain.project.Project;
import org.passerelle.domain.project.ProjectDetails;

class DatasetMapperTest {

    private final DatasetDocument example = DatasetReader.document(Documents.text("examples/minimal-dataset.json"))
            .value();

    private static Programme programme(ProgrammeData data) {
        Errors errors = new Errors();
        ProgrammeContent content = DatasetMapper.programmeContent(data, "$", errors);
        assertThat(errors.list()).isEmpty();
        Programme programme = new Programme(data.code(), content);
        programme.restoreStatus(data.status());
        return programme;
    }

    @Test
    void writes_back_each_programme_exactly_as_it_was_read() {
        for (ProgrammeData data : example.programmes()) {
            assertThat(DatasetMapper.toData(programme(data))).isEqualTo(data);
        }
    }

    @Test
    void writes_back_calls_organisations_and_projects_exactly_as_they_were_read() {
        Map<String, Programme> programmes = example.programmes().stream()
                .collect(Collectors.toMap(ProgrammeData::code, DatasetMapperTest::programme));
        Map<String, Organisation> organisations = example.organisations().stream()
                .map(o -> new Organisation(o.code(), DatasetMapper.organisationDetails(o)))
                .collect(Collectors.toMap(Organisation::code, Function.identity()));
        CallData callData = example.calls().get(0);
        CallForProjects call = new CallForProjects(callData.code(), programmes.get(callData.programme()),
                callData.title().toText(), LocalDate.parse(callData.opensOn()), LocalDate.parse(callData.closesOn()),
                callData.budget());
        ProjectData p = example.projects().get(0);
        Project project = Project.restored(p.reference(), new ProjectDetails(p.title().toText(), null,
                programmes.get(p.programme()), p.axis(), call, organisations.get(p.lead()),
                p.partners().stream().map(organisations::get).toList(), p.currency(), p.totalBudget(),
                p.requestedAmount(), LocalDate.parse(p.startDate()), LocalDate.parse(p.endDate()), p.themes()),
                p.status(), p.grantedAmount(), Instant.EPOCH, "test");

        assertThat(DatasetMapper.toData(call)).isEqualTo(callData);
        assertThat(example.organisations()).allSatisfy(o ->
                assertThat(DatasetMapper.toData(organisations.get(o.code()))).isEqualTo(o));
        assertThat(DatasetMapper.toData(project)).isEqualTo(p);
    }

    @Test
    void writes_amounts_without_trailing_zeros_or_exponents() {
        assertThat(DatasetMapper.plain(new BigDecimal("1E+4"))).isEqualTo(new BigDecimal("10000"));
        assertThat(DatasetMapper.plain(new BigDecimal("12.500"))).isEqualTo(new BigDecimal("12.5"));
        assertThat(DatasetMapper.plain(null)).isNull();
    }

    @Test
    void places_the_fields_of_funding_and_eligibility_rules_below_their_objects() {
        assertThat(DatasetMapper.PROGRAMME_FIELDS.of("maxAmount")).isEqualTo("funding.maxAmount");
        assertThat(DatasetMapper.PROGRAMME_FIELDS.of("minAge")).isEqualTo("eligibility.minAge");
        assertThat(DatasetMapper.PROGRAMME_FIELDS.of("axes")).isEqualTo("axes");
    }

    @Test
    void records_domain_rule_breaks_of_a_programme_at_their_paths() {
        ProgrammeData good = example.programmes().get(0);
        ProgrammeData bad = new ProgrammeData(good.code(), new TextData(" ", null), good.summary(), good.description(),
                good.axes(), good.themes(), good.funders(), good.status(), good.currency(),
                new FundingData(null, new BigDecimal("101"), null), good.durationMonths(),
                new EligibilityData(null, null, null, 30, 18, List.of(new TextData("", "x"))), good.url(),
                good.contact());
        Errors errors = new Errors();

        ProgrammeContent content = DatasetMapper.programmeContent(bad, "$.programmes[7]", errors);

        assertThat(content).isNull();
        assertThat(errors.list()).extracting(ValidationError::path).containsExactly(
                "$.programmes[7].name.fr",
                "$.programmes[7].funding.maxFundingRatePercent",
                "$.programmes[7].eligibility.maxAge",
                "$.programmes[7].eligibility.conditions[0].fr");
    }

    @Test
    void requires_the_eligibility_object_even_when_empty() {
        ProgrammeData good = example.programmes().get(1);
        ProgrammeData without = new ProgrammeData(good.code(), good.name(), good.summary(), null, good.axes(), null,
                null, good.status(), good.currency(), null, null, null, null, null);
        Errors errors = new Errors();

        DatasetMapper.programmeContent(without, "$", errors);

        assertThat(errors.list()).extracting(ValidationError::path).containsExactly("$.eligibility");
    }

    @Test
    void records_a_date_that_does_not_exist() {
        Errors errors = new Errors();

        assertThat(DatasetMapper.date("2026-02-29", "$.opensOn", errors)).isNull();
        assertThat(DatasetMapper.date("2028-02-29", "$.closesOn", errors)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(DatasetMapper.date(null, "$.endDate", errors)).isNull();
        assertThat(errors.list()).extracting(ValidationError::path).containsExactly("$.opensOn");
    }
}
