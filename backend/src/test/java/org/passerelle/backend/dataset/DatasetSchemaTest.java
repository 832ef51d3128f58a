package org.passerelle.backend.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class DatasetSchemaTest {

    @Test
    void bundles_the_same_schema_as_the_contract() {
        JsonNode contract = Documents.tree(Documents.text("dataset.schema.json"));
        JsonNode bundled = Documents.tree(DatasetSchema.read());

        assertThat(bundled).isEqualTo(contract);
    }

    @Test
    void finds_nothing_wrong_with_the_contract_example() {
        assertThat(DatasetSchema.get().validateDocument(Documents.minimal())).isEmpty();
    }

    @Test
    void checks_a_single_record_against_its_definition_with_paths_below_the_base() {
        JsonNode call = Documents.tree("""
                {"code": "aap", "programme": "EX-ESS-ECHANGES", "title": {"fr": ""}, "opensOn": "2026-01-15",
                 "budget": -1}""");

        assertThat(DatasetSchema.get().validateRecord("call", call, "$"))
                .extracting(ValidationError::path)
                .containsExactlyInAnyOrder("$.code", "$.title.fr", "$.closesOn", "$.budget");
    }

    @Test
    void names_a_missing_or_unknown_property_in_the_path() {
        JsonNode organisation = Documents.tree("""
                {"code": "ORG", "name": "Coop", "type": "CAE", "town": "Pau"}""");

        assertThat(DatasetSchema.get().validateRecord("organisation", organisation, "$.organisations[4]"))
                .extracting(ValidationError::path)
                .containsExactlyInAnyOrder("$.organisations[4].territory", "$.organisations[4].town");
    }
}
