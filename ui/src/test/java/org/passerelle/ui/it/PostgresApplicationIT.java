package org.passerelle.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passerelle.backend.it.ItSupport;
import org.passerelle.backend.it.ItSupport.Answer;

/**
 * The runnable jar on PostgreSQL, selected by {@code PASSERELLE_DB_URL}: it migrates an empty database,
 * loads the demo data, takes a dataset by import and gives it back identical, and keeps it across a
 * restart.
 */
class PostgresApplicationIT {

    private static final String URL = System.getProperty("passerelle.it.postgresUrl",
            "jdbc:postgresql://127.0.0.1:5432/passerelle_app_it");
    private static PasserelleProcess app;
    private static URL base;

    @BeforeAll
    static void start() throws Exception {
        String database = URL.substring(URL.lastIndexOf('/') + 1);
        try (Connection connection = DriverManager.getConnection(URL.substring(0, URL.lastIndexOf('/') + 1)
                + "postgres", "postgres", ""); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        }
        app = PasserelleProcess.start("postgres", Map.of(
                "PASSERELLE_DATA_DIR", PasserelleProcess.freshDirectory("postgres").toString(),
                "PASSERELLE_DB_URL", URL,
                "PASSERELLE_DB_USER", "postgres"));
        base = app.base().toURL();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static JsonNode export() {
        Answer answer = ItSupport.asAdmin("GET", base, "/api/admin/export", null);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void loads_the_demo_data_into_the_empty_database_and_lists_it() {
        Answer programmes = ItSupport.get(base, "/api/programmes?size=200");

        assertThat(programmes.status()).isEqualTo(200);
        assertThat(programmes.json().get("total").asInt()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void gives_back_an_imported_dataset_identical_and_keeps_it_across_a_restart() {
        String document = Documents.minimal();

        Answer imported = ItSupport.asAdmin("POST", base, "/api/admin/import?mode=replace", document);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(export()).isEqualTo(Documents.parse(document));

        app.restart();

        assertThat(export()).isEqualTo(Documents.parse(document));
        ItSupport.asAdmin("POST", base, "/api/admin/import?mode=replace", ItSupport.demoDataset());
    }

    @Test
    void refuses_a_dangling_reference_and_keeps_what_was_stored() {
        JsonNode before = export();
        String broken = Documents.minimalWith(d -> Documents.at(d, "projects", 0).put("lead", "NOBODY"));

        Answer refused = ItSupport.asAdmin("POST", base, "/api/admin/import?mode=replace", broken);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsText("path")).contains("$.projects[0].lead");
        assertThat(export()).isEqualTo(before);
    }
}
