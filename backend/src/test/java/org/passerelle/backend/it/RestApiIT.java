package org.passerelle.backend.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.backend.it.ItSupport.asAdmin;
import static org.passerelle.backend.it.ItSupport.call;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.backend.it.ItSupport.Answer;

/**
 * The REST API in a real Payara Micro, as a client sees it: who may do what (401 without credentials,
 * 403 with too small a role), the problem+json shape of every error, and the life of records through
 * the API — creation, revision with versions, publication, the project workflow.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestApiIT {

    private static final String PASSWORD = "a-long-enough-password";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.backend();
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void knownData() {
        Answer imported = asAdmin("POST", base, "/api/admin/import?mode=replace",
                ItSupport.contract("examples/minimal-dataset.json"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        for (String role : new String[] {"MANAGER", "REVIEWER", "VIEWER"}) {
            String username = role.toLowerCase();
            if (asAdmin("GET", base, "/api/accounts/" + username, null).status() == 404) {
                Answer created = asAdmin("POST", base, "/api/accounts", "{\"username\":\"" + username
                        + "\",\"displayName\":\"" + role + "\",\"role\":\"" + role + "\",\"password\":\"" + PASSWORD
                        + "\"}");
                assertThat(created.status()).as(created.body()).isEqualTo(201);
            }
        }
    }

    private Answer as(String user, String method, String path, String body) {
        return call(method, base, path, body, user, PASSWORD);
    }

    private static void assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
    }

    @Test
    void answers_401_with_a_basic_challenge_without_credentials() {
        Answer answer = ItSupport.get(base, "/api/admin/export");

        assertProblem(answer, 401);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void answers_401_to_a_wrong_password() {
        assertProblem(call("GET", base, "/api/manage/programmes", null, "viewer", "wrong-password"), 401);
    }

    @Test
    void answers_403_when_the_role_is_not_enough() {
        assertProblem(as("viewer", "POST", "/api/manage/programmes/EX-ESS-ECHANGES/archive", null), 403);
        assertProblem(as("manager", "GET", "/api/admin/export", null), 403);
        assertProblem(as("reviewer", "DELETE", "/api/organisations/EX-ORG-QC", null), 403);
        assertProblem(as("manager", "GET", "/api/accounts", null), 403);
    }

    @Test
    void serves_the_public_endpoints_without_credentials() {
        Answer list = ItSupport.get(base, "/api/programmes");
        Answer detail = ItSupport.get(base, "/api/programmes/EX-ESS-ECHANGES");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("total").asInt()).isEqualTo(1);
        assertThat(list.json().get("items").get(0).get("code").asText()).isEqualTo("EX-ESS-ECHANGES");
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.json().get("calls").get(0).get("code").asText()).isEqualTo("EX-AAP-2026");
    }

    @Test
    void hides_a_draft_programme_from_the_public() {
        assertProblem(ItSupport.get(base, "/api/programmes/EX-JEUNES-STAGE"), 404);
        assertThat(as("viewer", "GET", "/api/manage/programmes/EX-JEUNES-STAGE", null).status()).isEqualTo(200);
    }

    @Test
    void lists_every_bad_query_parameter_by_name() {
        Answer answer = ItSupport.get(base, "/api/programmes?axis=SPACE&size=500&page=-1");

        assertProblem(answer, 400);
        assertThat(answer.json().get("errors").findValuesAsText("path")).contains("axis", "size", "page");
    }

    @Test
    void answers_404_and_405_as_problems() {
        assertProblem(ItSupport.get(base, "/api/nothing-here"), 404);
        assertProblem(call("DELETE", base, "/api/programmes", null, null, null), 405);
    }

    @Test
    void refuses_an_invalid_programme_listing_every_violation_with_its_path() {
        String body = "{\"code\":\"NEW-PROG\",\"name\":{\"fr\":\"Nouveau\"},\"summary\":{\"fr\":\"Résumé\"},"
                + "\"axes\":[\"CULTURE\"],\"status\":\"DRAFT\",\"currency\":\"EUR\","
                + "\"funding\":{\"maxAmount\":-1,\"maxFundingRatePercent\":120},"
                + "\"eligibility\":{\"minAge\":30,\"maxAge\":20},\"colour\":\"red\"}";

        Answer answer = as("manager", "POST", "/api/manage/programmes", body);

        assertProblem(answer, 400);
        assertThat(answer.json().get("errors").findValuesAsText("path")).contains("$.funding.maxAmount",
                "$.funding.maxFundingRatePercent", "$.colour");
        assertThat(as("viewer", "GET", "/api/manage/programmes/NEW-PROG", null).status()).isEqualTo(404);
    }

    @Test
    void creates_publishes_and_finds_a_programme_then_refuses_a_stale_update() {
        String body = "{\"code\":\"IT-CULTURE\",\"name\":{\"fr\":\"Résidences croisées\",\"en\":\"Cross residencies\"},"
                + "\"summary\":{\"fr\":\"Des résidences.\"},\"axes\":[\"CULTURE\"],\"status\":\"DRAFT\","
                + "\"currency\":\"CAD\",\"funding\":{\"maxAmount\":5000},\"eligibility\":{\"applicantTypes\":"
                + "[\"INDIVIDUAL\"],\"minAge\":18,\"maxAge\":35}}";

        Answer created = as("manager", "POST", "/api/manage/programmes", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String etag = created.header("ETag");
        Answer published = call("POST", base, "/api/manage/programmes/IT-CULTURE/publish", null, "manager", PASSWORD);
        assertThat(published.status()).as(published.body()).isEqualTo(200);

        assertThat(ItSupport.get(base, "/api/programmes/IT-CULTURE").json().get("funding").get("maxAmount").asInt())
                .isEqualTo(5000);
        assertThat(ItSupport.get(base, "/api/programmes?axis=CULTURE").json().get("items").findValuesAsText("code"))
                .contains("IT-CULTURE");

        Answer stale = ItSupport.call("PUT", base, "/api/manage/programmes/IT-CULTURE",
                body.replace("Des résidences.", "Autre résumé."), "manager", PASSWORD, "application/json", etag);
        assertProblem(stale, 409);
        assertThat(ItSupport.get(base, "/api/programmes/IT-CULTURE").json().get("summary").get("fr").asText())
                .isEqualTo("Des résidences.");
    }

    private java.util.List<String> searched(String query) {
        Answer answer = ItSupport.get(base, "/api/programmes?" + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("items").findValuesAsText("code");
    }

    @Test
    void search_follows_creation_publication_revision_archiving_deletion_and_import() {
        String body = "{\"code\":\"IT-VITRAUX\",\"name\":{\"fr\":\"Vitraux contemporains\",\"en\":"
                + "\"Contemporary stained glass\"},\"summary\":{\"fr\":\"Ateliers de verriers.\"},"
                + "\"axes\":[\"CULTURE\"],\"themes\":[\"metiers-d-art\"],\"funders\":[\"Fondation IT\"],"
                + "\"status\":\"DRAFT\",\"currency\":\"EUR\",\"eligibility\":{}}";
        Answer created = as("manager", "POST", "/api/manage/programmes", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(searched("q=vitraux")).as("a draft is never public").doesNotContain("IT-VITRAUX");

        assertThat(as("manager", "POST", "/api/manage/programmes/IT-VITRAUX/publish", null).status()).isEqualTo(200);
        assertThat(searched("q=vitraux")).containsExactly("IT-VITRAUX");
        assertThat(searched("q=stained%20glass&funder=Fondation%20IT&facets=true")).containsExactly("IT-VITRAUX");
        JsonNode page = ItSupport.get(base, "/api/programmes?q=vitraux&facets=true").json();
        assertThat(page.get("total").asInt()).isEqualTo(1);
        assertThat(page.get("facets").get("theme").get("metiers-d-art").asInt()).isEqualTo(1);

        String etag = as("viewer", "GET", "/api/manage/programmes/IT-VITRAUX", null).header("ETag");
        Answer revised = ItSupport.call("PUT", base, "/api/manage/programmes/IT-VITRAUX",
                body.replace("Ateliers de verriers.", "Ateliers de mosaïstes.").replace("DRAFT", "PUBLISHED"),
                "manager", PASSWORD, "application/json", etag);
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(searched("q=mosaistes")).containsExactly("IT-VITRAUX");
        assertThat(searched("q=verriers")).doesNotContain("IT-VITRAUX");

        assertThat(as("manager", "POST", "/api/manage/programmes/IT-VITRAUX/archive", null).status()).isEqualTo(200);
        assertThat(searched("q=vitraux")).as("archived is gone").isEmpty();

        assertThat(as("manager", "POST", "/api/manage/programmes/IT-VITRAUX/publish", null).status()).isEqualTo(200);
        assertThat(searched("q=vitraux")).containsExactly("IT-VITRAUX");
        assertThat(as("manager", "DELETE", "/api/manage/programmes/IT-VITRAUX", null).status()).isEqualTo(204);
        assertThat(searched("q=vitraux")).as("deleted is gone").isEmpty();

        as("manager", "POST", "/api/manage/programmes", body);
        as("manager", "POST", "/api/manage/programmes/IT-VITRAUX/publish", null);
        assertThat(searched("q=vitraux")).containsExactly("IT-VITRAUX");
        knownData();
        assertThat(searched("q=vitraux")).as("a replacing import drops it").isEmpty();
    }

    @Test
    void refuses_a_bad_search_parameter_naming_it() {
        Answer answer = ItSupport.get(base, "/api/programmes?q=culture&openCall=maybe&facets=perhaps"
                + "&applicantType=ALIEN&territory=MARS&asOf=yesterday");
        assertProblem(answer, 400);
        assertThat(answer.json().get("errors").findValuesAsText("path"))
                .contains("openCall", "facets", "applicantType", "territory", "asOf");
    }

    @Test
    void moves_a_project_through_its_workflow_and_keeps_its_history() {
        String project = "{\"reference\":\"IT-P-1\",\"title\":{\"fr\":\"Projet\"},\"programme\":\"EX-ESS-ECHANGES\","
                + "\"axis\":\"SOCIAL_SOLIDARITY_ECONOMY\",\"lead\":\"EX-ORG-NA\",\"partners\":[\"EX-ORG-QC\"],"
                + "\"status\":\"DRAFT\",\"currency\":\"EUR\",\"totalBudget\":10000,\"requestedAmount\":5000}";
        assertThat(as("manager", "POST", "/api/projects", project).status()).isEqualTo(201);

        assertThat(as("manager", "POST", "/api/projects/IT-P-1/submit", null).status()).isEqualTo(200);
        assertThat(as("reviewer", "POST", "/api/projects/IT-P-1/start-review", null).status()).isEqualTo(200);
        assertProblem(as("reviewer", "POST", "/api/projects/IT-P-1/approve", "{\"grantedAmount\":6000}"), 400);
        Answer approved = as("reviewer", "POST", "/api/projects/IT-P-1/approve", "{\"grantedAmount\":4500}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertProblem(as("reviewer", "POST", "/api/projects/IT-P-1/submit", null), 409);

        JsonNode read = as("viewer", "GET", "/api/projects/IT-P-1", null).json();
        assertThat(read.get("status").asText()).isEqualTo("APPROVED");
        assertThat(read.get("grantedAmount").asInt()).isEqualTo(4500);
        assertThat(read.get("history").findValuesAsText("to")).containsExactly("DRAFT", "SUBMITTED", "UNDER_REVIEW",
                "APPROVED");
        assertThat(read.get("history").get(3).get("actor").asText()).isEqualTo("reviewer");
    }

    @Test
    void records_who_changed_what_in_the_audit_log() {
        as("manager", "PUT", "/api/organisations/EX-ORG-QC", "{\"code\":\"EX-ORG-QC\",\"name\":\"Coop Québec renommée\","
                + "\"type\":\"COOPERATIVE\",\"territory\":\"QUEBEC\"}");

        JsonNode events = asAdmin("GET", base, "/api/audit?entityType=Organisation&entityKey=EX-ORG-QC", null).json();

        JsonNode latest = events.get("items").get(0);
        assertThat(latest.get("actor").asText()).isEqualTo("manager");
        assertThat(latest.get("action").asText()).isEqualTo("UPDATE");
        assertThat(latest.get("before").toString()).contains("Coop Exemple Québec");
        assertThat(latest.get("after").toString()).contains("Coop Québec renommée");
    }
}
