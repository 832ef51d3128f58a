package org.passerelle.backend.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.passerelle.domain.programme.ProgrammeStatus;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Axis;

class DatasetReaderTest {

    private static final String PROGRAMME = """
            {"code": "EX-ESS", "name": {"fr": "Échanges"}, "summary": {"fr": "Missions croisées."},
             "axes": ["SOCIAL_SOLIDARITY_ECONOMY"], "status": "DRAFT", "currency": "EUR",
             "funding": {"maxAmount": 12345678901234.123456}, "eligibility": {"applicantTypes": ["CAE"]}}""";

    @Test
    void reads_the_contract_example_without_any_error() {
        DatasetReader.Read<DatasetDocument> read = DatasetReader.document(Documents.text("examples/minimal-dataset.json"));

        assertThat(read.valid()).isTrue();
        DatasetDocument document = read.value();
        assertThat(document.format()).isEqualTo(DatasetDocument.FORMAT);
        assertThat(document.programmes()).extracting(ProgrammeData::code)
                .containsExactly("EX-ESS-ECHANGES", "EX-JEUNES-STAGE");
        assertThat(document.calls()).hasSize(1);
        assertThat(document.organisations()).hasSize(2);
        assertThat(document.projects()).singleElement()
                .satisfies(project -> assertThat(project.grantedAmount()).isEqualByComparingTo("5000"));
    }

    @Test
    void still_reads_a_document_that_failed_the_schema_so_that_later_checks_can_run() {
        var document = Documents.minimal();
        Documents.at(document, "/programmes/0").put("colour", "blue");

        DatasetReader.Read<DatasetDocument> read = DatasetReader.document(Documents.json(document));

        assertThat(read.valid()).isFalse();
        assertThat(read.errors()).extracting(ValidationError::path).containsExactly("$.programmes[0].colour");
        assertThat(read.value().programmes()).hasSize(2);
    }

    @Test
    void reads_a_record_into_its_type_with_exact_amounts() {
        ProgrammeData programme = DatasetReader.record(PROGRAMME, "programme", ProgrammeData.class);

        assertThat(programme.status()).isEqualTo(ProgrammeStatus.DRAFT);
        assertThat(programme.axes()).containsExactly(Axis.SOCIAL_SOLIDARITY_ECONOMY);
        assertThat(programme.eligibility().applicantTypes()).containsExactly(ApplicantType.CAE);
        assertThat(programme.funding().maxAmount()).isEqualTo(new BigDecimal("12345678901234.123456"));
    }

    @Test
    void refuses_a_record_with_every_schema_error_at_its_path() {
        String body = PROGRAMME.replace("12345678901234.123456", "-3").replace("\"DRAFT\"", "\"LIVE\"")
                .replace("\"code\": \"EX-ESS\",", "");

        assertThatThrownBy(() -> DatasetReader.record(body, "programme", ProgrammeData.class))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationError::path)
                        .containsExactlyInAnyOrder("$.code", "$.status", "$.funding.maxAmount"));
    }

    @Test
    void refuses_an_empty_or_malformed_body_at_the_root() {
        assertThatThrownBy(() -> DatasetReader.record("", "call", CallData.class))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationError::path).containsExactly("$"));
        assertThatThrownBy(() -> DatasetReader.record("{\"code\": ", "call", CallData.class))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(error -> assertThat(error.message()).contains("not valid JSON")));
    }

    @Test
    void refuses_a_json_null_as_a_record() {
        assertThatThrownBy(() -> DatasetReader.record("null", "organisation", OrganisationData.class))
                .isInstanceOf(ValidationException.class);
    }
}
