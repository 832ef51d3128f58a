package org.passerelle.ui.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.ui.it.Documents.at;
import static org.passerelle.ui.it.Documents.minimalWith;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.passerelle.backend.it.ItSupport;
import org.passerelle.backend.it.ItSupport.Answer;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The runnable jar as an administrator uses it, on the embedded database: it starts with an empty data
 * directory and the demo data, serves the published programmes, takes a whole dataset by import and
 * gives it back identical on export, refuses broken documents without changing anything, and keeps
 * its data across a restart.
 */
class ApplicationIT {

    private static PasserelleProcess app;
    private static URL base;

    @BeforeAll
    static void start() throws Exception {
        app = PasserelleProcess.start("import-h2",
                Map.of("PASSERELLE_DATA_DIR", PasserelleProcess.freshDirectory("import-h2").toString()));
        base = app.base().toURL();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Answer importDataset(String mode, String document) {
        return ItSupport.asAdmin("POST", base, "/api/admin/import?mode=" + mode, document);
    }

    private static JsonNode export() {
        Answer answer = ItSupport.asAdmin("GET", base, "/api/admin/export", null);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void starts_ready_and_serves_the_published_demo_programmes() {
        importDataset("replace", ItSupport.demoDataset());

        Answer ready = ItSupport.get(base, "/health/ready");
        Answer programmes = ItSupport.get(base, "/api/programmes?size=200");

        assertThat(ready.status()).isEqualTo(200);
        assertThat(programmes.status()).isEqualTo(200);
        JsonNode items = programmes.json().get("items");
        assertThat(programmes.json().get("total").asInt()).isEqualTo(items.size()).isGreaterThanOrEqualTo(20);
        assertThat(items.findValuesAsText("status")).containsOnly("PUBLISHED");
        assertThat(items.findValuesAsText("code")).contains("FFQCD", "OFQJ-MOBILITE", "NA-QC-CAE");
    }

    @Test
    void describes_its_api_in_the_openapi_document() {
        Answer openapi = ItSupport.get(base, "/openapi");

        assertThat(openapi.status()).isEqualTo(200);
        JsonNode document = openapi.json();
        assertThat(document.at("/info/title").asText()).isEqualTo("Passerelle API");
        List<String> paths = new ArrayList<>();
        document.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/programmes", "/api/programmes/{code}", "/api/eligibility",
                "/api/admin/import", "/api/admin/export", "/api/projects/{reference}/{transition}");
    }

    @Test
    void gives_back_an_imported_dataset_identical_on_export() {
        String document = Documents.minimal();

        Answer imported = importDataset("replace", document);

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().toString())
                .isEqualTo("{\"programmes\":2,\"calls\":1,\"organisations\":2,\"projects\":1}");
        assertThat(export()).isEqualTo(Documents.parse(document));
    }

    @Test
    void exports_the_demo_dataset_imports_it_and_exports_it_again_unchanged() {
        importDataset("replace", ItSupport.demoDataset());
        JsonNode first = export();

        assertThat(importDataset("replace", first.toString()).status()).isEqualTo(200);

        assertThat(export()).isEqualTo(first);
        assertThat(first).isEqualTo(Documents.parse(ItSupport.demoDataset()));
    }

    static Stream<Arguments> badDocuments() {
        return Stream.of(
                bad("a code in lower case", d -> at(d, "programmes", 0).put("code", "ex-bad"),
                        "$.programmes[0].code"),
                bad("an unknown field", d -> at(d, "programmes", 0).put("colour", "red"), "$.programmes[0].colour"),
                bad("a duplicate programme code", d -> at(d, "programmes", 1).put("code", "EX-ESS-ECHANGES"),
                        "$.programmes[1].code"),
                bad("a call of a programme that does not exist", d -> at(d, "calls", 0).put("programme", "NOPE"),
                        "$.calls[0].programme"),
                bad("a call closing before it opens", d -> at(d, "calls", 0).put("opensOn", "2026-04-01"),
                        "$.calls[0].closesOn"),
                bad("a grant above the requested amount", d -> at(d, "projects", 0).put("grantedAmount", 7000),
                        "$.projects[0].grantedAmount"),
                bad("a grant on a project only submitted", d -> at(d, "projects", 0).put("status", "SUBMITTED"),
                        "$.projects[0].grantedAmount"),
                bad("a project axis that its programme does not serve", d -> at(d, "projects", 0).put("axis", "CULTURE"),
                        "$.projects[0].axis"),
                bad("the lead among the partners", d -> ((com.fasterxml.jackson.databind.node.ArrayNode)
                        at(d, "projects", 0).get("partners")).add("EX-ORG-NA"), "$.projects[0].partners"),
                bad("a minimum age above the maximum", d -> ((ObjectNode) at(d, "programmes", 1).get("eligibility"))
                        .put("minAge", 40), "$.programmes[1].eligibility.maxAge"),
                bad("a negative budget", d -> at(d, "projects", 0).put("totalBudget", -5), "$.projects[0].totalBudget"),
                bad("a string for a number", d -> ((ObjectNode) at(d, "programmes", 0).get("funding"))
                        .put("maxAmount", "10000"), "$.programmes[0].funding.maxAmount"),
                bad("the wrong format", d -> d.put("format", "other-dataset"), "$.format"),
                bad("the wrong version", d -> d.put("version", 2), "$.version"),
                bad("a date that does not exist", d -> at(d, "calls", 0).put("closesOn", "2026-02-30"),
                        "$.calls[0].closesOn"),
                Arguments.of("malformed JSON", "{\"format\": \"passerelle-dataset\", \"version\": 1,", List.of("$")),
                Arguments.of("an empty body", "", List.of("$")),
                bad("three problems at once", d -> {
                    at(d, "programmes", 0).put("colour", "red");
                    at(d, "calls", 0).put("programme", "NOPE");
                    at(d, "projects", 0).put("grantedAmount", 7000);
                }, "$.programmes[0].colour", "$.calls[0].programme", "$.projects[0].grantedAmount"));
    }

    private static Arguments bad(String name, Consumer<ObjectNode> change, String... paths) {
        return Arguments.of(name, minimalWith(change), List.of(paths));
    }

    @ParameterizedTest(name = "refuses {0}, lists every error and changes nothing")
    @MethodSource("badDocuments")
    void refuses_a_bad_document_listing_every_error_and_changing_nothing(String name, String document,
            List<String> paths) {
        importDataset("replace", ItSupport.demoDataset());
        JsonNode before = export();

        Answer refused = importDataset("replace", document);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("errors").findValuesAsText("path")).as(refused.body()).containsAll(paths);
        assertThat(problem.get("errors").findValuesAsText("message")).allSatisfy(m -> assertThat(m).isNotBlank());
        assertThat(export()).isEqualTo(before);
    }

    @Test
    void merges_new_codes_and_updates_existing_ones_without_deleting() {
        importDataset("replace", Documents.minimal());
        String update = minimalWith(d -> {
            ((com.fasterxml.jackson.databind.node.ArrayNode) d.get("programmes")).remove(1);
            ((ObjectNode) at(d, "programmes", 0).get("name")).put("fr", "Échanges ESS, nouvelle édition");
            d.remove("calls");
            d.remove("projects");
            ((com.fasterxml.jackson.databind.node.ArrayNode) d.get("organisations")).remove(1);
            at(d, "organisations", 0).put("code", "EX-ORG-NEW");
        });

        Answer merged = importDataset("merge", update);

        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().get("programmes").asInt()).isEqualTo(2);
        assertThat(merged.json().get("organisations").asInt()).isEqualTo(3);
        JsonNode exported = export();
        assertThat(exported.get("programmes").get(0).get("name").get("fr").asText())
                .isEqualTo("Échanges ESS, nouvelle édition");
        assertThat(exported.get("projects")).hasSize(1);
    }

    @Test
    void keeps_its_data_across_a_restart() {
        importDataset("replace", Documents.minimal());
        JsonNode before = export();

        app.restart();

        assertThat(ItSupport.get(base, "/health/ready").status()).isEqualTo(200);
        assertThat(export()).isEqualTo(before);
    }
}
