package org.passerelle.backend.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.backend.dataset.DatasetJson;
import org.passerelle.backend.dataset.DatasetMapper;
import org.passerelle.backend.dataset.TextData;
import org.passerelle.domain.account.Account;
import org.passerelle.domain.account.Role;
import org.passerelle.domain.audit.AuditAction;
import org.passerelle.domain.audit.AuditEvent;
import org.passerelle.domain.call.CallForProjects;
import org.passerelle.domain.call.CallState;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationDetails;
import org.passerelle.domain.programme.Eligibility;
import org.passerelle.domain.programme.Programme;
import org.passerelle.domain.programme.ProgrammeContent;
import org.passerelle.domain.project.Project;
import org.passerelle.domain.project.ProjectDetails;
import org.passerelle.domain.project.Transition;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.LocalizedText;
import org.passerelle.domain.shared.Page;
import org.passerelle.domain.shared.Territory;

/** The JSON the API writes for the records the services return. */
class ApiShapesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final Programme programme = new Programme("EX-ESS", new ProgrammeContent(LocalizedText.fr("Échanges"),
            LocalizedText.fr("Missions."), null, List.of(Axis.CULTURE), null, null, Currency.EUR, null, null,
            Eligibility.openToAll(), null, null, null));
    private final Organisation lead = new Organisation("ORG-NA", new OrganisationDetails("Coop", ApplicantType.CAE,
            Territory.NOUVELLE_AQUITAINE, null, null, null, null, null));

    private static JsonNode json(Object value) {
        return DatasetJson.mapper().valueToTree(value);
    }

    private Project project() {
        Project project = new Project("P-1", new ProjectDetails(LocalizedText.fr("Projet"), null, programme,
                Axis.CULTURE, null, lead, null, Currency.EUR, new BigDecimal("1000"), new BigDecimal("500"), null,
                null, null), NOW, "marie");
        project.apply(Transition.SUBMIT, null, "Prêt.", NOW.plusSeconds(60), "luc");
        return project;
    }

    @Test
    void shows_a_project_as_its_dataset_record_with_version_transitions_and_history() {
        JsonNode view = json(ProjectView.of(project()));

        assertThat(view.get("reference").asText()).isEqualTo("P-1");
        assertThat(view.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(view.get("requestedAmount").decimalValue()).isEqualByComparingTo("500");
        assertThat(view.has("project")).isFalse();
        assertThat(view.get("version").asLong()).isZero();
        assertThat(view.get("allowedTransitions")).extracting(JsonNode::asText)
                .containsExactly("start-review", "withdraw");
        JsonNode history = view.get("history");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).has("from")).isFalse();
        assertThat(history.get(0).get("to").asText()).isEqualTo("DRAFT");
        assertThat(history.get(1).get("at").asText()).isEqualTo("2026-03-01T10:01:00Z");
        assertThat(history.get(1).get("actor").asText()).isEqualTo("luc");
        assertThat(history.get(1).get("from").asText()).isEqualTo("DRAFT");
        assertThat(history.get(1).get("comment").asText()).isEqualTo("Prêt.");
    }

    @Test
    void leaves_the_history_out_of_a_listed_project() {
        assertThat(json(ProjectView.listed(project())).has("history")).isFalse();
    }

    @Test
    void shows_a_public_programme_as_its_dataset_record_with_its_calls_and_their_state() {
        CallForProjects call = new CallForProjects("AAP-1", programme, LocalizedText.fr("Appel"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28), null);

        JsonNode shown = json(new PublicProgramme(DatasetMapper.toData(programme),
                List.of(PublicCall.of(call, LocalDate.of(2026, 3, 1)))));

        assertThat(shown.get("code").asText()).isEqualTo("EX-ESS");
        assertThat(shown.get("name").get("fr").asText()).isEqualTo("Échanges");
        assertThat(shown.has("programme")).isFalse();
        JsonNode shownCall = shown.get("calls").get(0);
        assertThat(shownCall.get("code").asText()).isEqualTo("AAP-1");
        assertThat(shownCall.get("programme").asText()).isEqualTo("EX-ESS");
        assertThat(shownCall.get("state").asText()).isEqualTo(CallState.CLOSED.name());
    }

    @Test
    void writes_a_page_as_items_and_total() {
        JsonNode page = json(new Page<>(List.of(new TextData("a", null)), 41));

        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("total").asLong()).isEqualTo(41);
    }

    @Test
    void never_shows_the_password_hash_of_an_account() {
        Account account = new Account("marie", "Marie", null, Role.MANAGER, "pbkdf2-sha512$1$c2FsdA$aGFzaA");

        JsonNode view = json(AccountView.of(account));

        assertThat(view.toString()).doesNotContain("pbkdf2").doesNotContain("password");
        assertThat(view.get("username").asText()).isEqualTo("marie");
        assertThat(view.get("enabled").asBoolean()).isTrue();
    }

    @Test
    void embeds_the_audited_states_as_json() {
        AuditEvent event = new AuditEvent(NOW, "marie", AuditAction.UPDATE, "Programme", "EX-ESS",
                "{\"code\":\"EX-ESS\",\"status\":\"DRAFT\"}", "REPLACE");

        JsonNode entry = json(AuditEntry.of(event));

        assertThat(entry.get("at").asText()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(entry.get("before").get("status").asText()).isEqualTo("DRAFT");
        assertThat(entry.get("after").asText()).isEqualTo("REPLACE");
        assertThat(entry.has("id")).isFalse();
    }
}
