package org.passerelle.backend.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Documents the import refuses, each with every error listed at its JSON path. The checks run on an
 * empty installation without a database; what needs one (merge mode, writing) is left to the
 * integration tests.
 */
class DatasetImportRefusalTest {

    private final ObjectNode document = Documents.minimal();

    private static List<ValidationError> refusal(String body, ImportMode mode) {
        var thrown = catchValidation(() -> EmptyInstallation.importer().importDataset(body, mode));
        return thrown.errors();
    }

    private List<ValidationError> refusal() {
        return refusal(Documents.json(document), ImportMode.REPLACE);
    }

    private static ValidationException catchValidation(Runnable act) {
        var caught = new ValidationException[1];
        assertThatThrownBy(act::run).isInstanceOfSatisfying(ValidationException.class, e -> caught[0] = e);
        return caught[0];
    }

    private ObjectNode at(String pointer) {
        return Documents.at(document, pointer);
    }

    @Test
    void rejects_malformed_json_saying_where() {
        List<ValidationError> errors = refusal("{\"format\": \"passerelle-dataset\", \"version\": 1,", ImportMode.REPLACE);

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("$");
            assertThat(error.message()).contains("not valid JSON").contains("line 1");
        });
    }

    @Test
    void rejects_an_empty_body() {
        assertThat(refusal("  \n", ImportMode.REPLACE)).extracting(ValidationError::path, ValidationError::message)
                .containsExactly(tuple("$", "The body is empty: a JSON document was expected."));
    }

    @Test
    void rejects_a_document_that_is_not_an_object() {
        assertThat(refusal("[]", ImportMode.REPLACE)).extracting(ValidationError::path).containsExactly("$");
    }

    @Test
    void rejects_a_key_given_twice() {
        String body = "{\"format\": \"passerelle-dataset\", \"format\": \"x\", \"version\": 1, \"programmes\": []}";

        assertThat(refusal(body, ImportMode.REPLACE)).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("Duplicate field 'format'"));
    }

    @Test
    void rejects_another_format_and_another_version_together() {
        document.put("format", "passerelle");
        document.put("version", 2);

        assertThat(refusal()).extracting(ValidationError::path).containsExactly("$.format", "$.version");
    }

    @Test
    void rejects_an_unknown_field_as_a_typo_not_silently_dropped() {
        at("/programmes/0").put("colour", "blue");

        assertThat(refusal()).extracting(ValidationError::path).containsExactly("$.programmes[0].colour");
    }

    @Test
    void rejects_a_string_where_a_number_is_expected() {
        at("/programmes/0/funding").put("maxAmount", "10000");

        assertThat(refusal()).extracting(ValidationError::path).containsExactly("$.programmes[0].funding.maxAmount");
    }

    @Test
    void rejects_a_fraction_where_a_whole_number_is_expected() {
        at("/programmes/0").put("durationMonths", 12.5);

        assertThat(refusal()).extracting(ValidationError::path).containsExactly("$.programmes[0].durationMonths");
    }

    @Test
    void rejects_an_unknown_axis_and_says_what_depends_on_the_refused_programme() {
        ((ArrayNode) document.at("/programmes/0/axes")).set(0, "CULTUR");

        assertThat(refusal()).extracting(ValidationError::path, ValidationError::message).containsExactly(
                tuple("$.programmes[0].axes[0]", "does not have a value in the enumeration [\"ECONOMIC_DEVELOPMENT\","
                        + " \"SOCIAL_SOLIDARITY_ECONOMY\", \"HIGHER_EDUCATION_RESEARCH\", \"CULTURE\","
                        + " \"YOUTH_MOBILITY\"]"),
                tuple("$.calls[0].programme", "The programme 'EX-ESS-ECHANGES' cannot be used: its record"
                        + " ($.programmes[0]) has errors."),
                tuple("$.projects[0].programme", "The programme 'EX-ESS-ECHANGES' cannot be used: its record"
                        + " ($.programmes[0]) has errors."),
                tuple("$.projects[0].call", "The call 'EX-AAP-2026' cannot be used: its record ($.calls[0]) has"
                        + " errors."));
    }

    @Test
    void rejects_a_missing_required_field_once() {
        at("/programmes/0").remove("summary");

        assertThat(refusal()).extracting(ValidationError::path).containsExactly("$.programmes[0].summary",
                "$.calls[0].programme", "$.projects[0].programme", "$.projects[0].call");
    }

    @Test
    void rejects_a_negative_amount() {
        at("/calls/0").put("budget", -5);

        assertThat(refusal()).extracting(ValidationError::path).containsExactly("$.calls[0].budget",
                "$.projects[0].call");
    }

    @Test
    void rejects_a_duplicate_code() {
        ((ArrayNode) document.at("/organisations")).add(document.at("/organisations/0").deepCopy());

        assertThat(refusal()).extracting(ValidationError::path, ValidationError::message).containsExactly(
                tuple("$.organisations[2].code", "The code 'EX-ORG-NA' is already used by $.organisations[0]."));
    }

    @Test
    void rejects_dangling_references_each_at_its_path() {
        at("/projects/0").put("programme", "NOPE");
        at("/projects/0").put("lead", "NOBODY");
        ((ArrayNode) document.at("/projects/0/partners")).add("NOBODY-ELSE");

        assertThat(refusal()).extracting(ValidationError::path, ValidationError::message).containsExactly(
                tuple("$.projects[0].programme", "No programme has the code 'NOPE' in the document."),
                tuple("$.projects[0].lead", "No organisation has the code 'NOBODY' in the document."),
                tuple("$.projects[0].partners[1]", "No organisation has the code 'NOBODY-ELSE' in the document."));
    }

    @Test
    void rejects_a_call_that_closes_before_it_opens() {
        at("/calls/0").put("closesOn", "2026-01-01");

        assertThat(refusal()).extracting(ValidationError::path, ValidationError::message).containsExactly(
                tuple("$.calls[0].closesOn", "closesOn (2026-01-01) is before opensOn (2026-01-15)."),
                tuple("$.projects[0].call", "The call 'EX-AAP-2026' cannot be used: its record ($.calls[0]) has"
                        + " errors."));
    }

    @Test
    void rejects_a_date_that_does_not_exist() {
        at("/calls/0").put("opensOn", "2026-02-30");

        assertThat(refusal()).extracting(ValidationError::path, ValidationError::message).containsExactly(
                tuple("$.calls[0].opensOn", "\"2026-02-30\" is not a valid date."),
                tuple("$.projects[0].call", "The call 'EX-AAP-2026' cannot be used: its record ($.calls[0]) has"
                        + " errors."));
    }

    @Test
    void rejects_a_project_ending_before_it_starts() {
        at("/projects/0").put("endDate", "2026-04-30");

        assertThat(refusal()).extracting(ValidationError::path).containsExactly("$.projects[0].endDate");
    }

    @Test
    void rejects_granted_amount_above_requested() {
        at("/projects/0").put("grantedAmount", 7000);

        assertThat(refusal()).extracting(ValidationError::path, ValidationError::message).containsExactly(
                tuple("$.projects[0].grantedAmount", "The granted amount (7000) is above the requested amount (6000)."));
    }

    @Test
    void rejects_a_grant_on_a_project_not_yet_approved() {
        at("/projects/0").put("status", "UNDER_REVIEW");

        assertThat(refusal()).extracting(ValidationError::path).containsExactly("$.projects[0].grantedAmount");
    }

    @Test
    void rejects_a_request_above_the_total_budget() {
        at("/projects/0").put("requestedAmount", 12001);

        assertThat(refusal()).extracting(ValidationError::path).containsExactly("$.projects[0].requestedAmount");
    }

    @Test
    void rejects_a_project_axis_outside_its_programme_axes() {
        at("/projects/0").put("axis", "CULTURE");

        assertThat(refusal()).extracting(ValidationError::path).containsExactly("$.projects[0].axis");
    }

    @Test
    void rejects_the_lead_as_a_partner() {
        ((ArrayNode) document.at("/projects/0/partners")).add("EX-ORG-NA");

        assertThat(refusal()).extracting(ValidationError::path).containsExactly("$.projects[0].partners");
    }

    @Test
    void rejects_a_person_as_an_organisation() {
        at("/organisations/0").put("type", "INDIVIDUAL");

        assertThat(refusal()).extracting(ValidationError::path, ValidationError::message).containsExactly(
                tuple("$.organisations[0].type", "\"INDIVIDUAL\" is not allowed here."),
                tuple("$.projects[0].lead", "The organisation 'EX-ORG-NA' cannot be used: its record"
                        + " ($.organisations[0]) has errors."));
    }

    @Test
    void rejects_texts_longer_than_the_installation_can_store() {
        at("/programmes/0/eligibility/conditions/0").put("en", "x".repeat(4001));
        at("/organisations/1").put("city", "y".repeat(201));

        assertThat(refusal()).extracting(ValidationError::path).containsExactly(
                "$.organisations[1].city",
                "$.programmes[0].eligibility.conditions[0].en",
                "$.calls[0].programme",
                "$.projects[0].programme",
                "$.projects[0].call",
                "$.projects[0].partners[0]");
    }

    @Test
    void rejects_age_limits_in_the_wrong_order() {
        at("/programmes/1/eligibility").put("minAge", 40);

        assertThat(refusal()).extracting(ValidationError::path).containsExactly("$.programmes[1].eligibility.maxAge");
    }

    @Test
    void lists_every_error_of_a_document_with_many() {
        document.put("version", 2);
        at("/programmes/1/eligibility").put("minAge", 40);
        at("/organisations/1").put("website", 42);
        at("/projects/0").put("grantedAmount", 7000);
        ObjectNode second = document.at("/projects/0").deepCopy();
        second.put("reference", "EX-P-2026-002").put("programme", "NOPE").remove("grantedAmount");
        ((ArrayNode) document.at("/projects")).add(second);

        assertThat(refusal()).extracting(ValidationError::path).containsExactlyInAnyOrder(
                "$.version",
                "$.organisations[1].website",
                "$.programmes[1].eligibility.maxAge",
                "$.projects[0].grantedAmount",
                "$.projects[1].programme");
    }

    @Test
    void lists_every_broken_rule_of_one_project() {
        at("/projects/0").put("requestedAmount", 13000).put("endDate", "2026-04-30").put("grantedAmount", 14000);

        assertThat(refusal()).extracting(ValidationError::path).containsExactlyInAnyOrder(
                "$.projects[0].requestedAmount", "$.projects[0].endDate", "$.projects[0].grantedAmount");
    }

    @Test
    void still_checks_a_project_whose_call_is_refused() {
        at("/calls/0").put("programme", "NOPE");
        at("/projects/0").put("grantedAmount", 7000);

        assertThat(refusal()).extracting(ValidationError::path).contains(
                "$.calls[0].programme", "$.projects[0].call", "$.projects[0].grantedAmount");
    }

    @Test
    void still_checks_a_project_whose_lead_does_not_exist() {
        at("/projects/0").put("lead", "NOBODY").put("requestedAmount", 13000);

        assertThat(refusal()).extracting(ValidationError::path).containsExactlyInAnyOrder(
                "$.projects[0].lead", "$.projects[0].requestedAmount");
    }

    @Test
    void refuses_to_guess_the_mode() {
        ValidationException thrown = catchValidation(
                () -> EmptyInstallation.importer().importDataset(Documents.json(document), null));

        assertThat(thrown.errors()).extracting(ValidationError::path).containsExactly("mode");
    }
}
