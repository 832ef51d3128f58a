package org.passerelle.backend.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.passerelle.backend.dataset.DatasetJson;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.dataset.ValidationError;
import org.passerelle.backend.dataset.ValidationException;
import org.passerelle.backend.service.NewAccount;
import org.passerelle.domain.account.Role;

class JsonProviderTest {

    /** The error JsonProvider reports for a body that Jackson cannot read into {@code type}. */
    private static ValidationError unreadable(String json, Class<?> type) {
        try {
            DatasetJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            ValidationException problem = JsonProvider.unreadable(e);
            assertThat(problem.errors()).hasSize(1);
            return problem.errors().get(0);
        }
        throw new AssertionError("The body was read: " + json);
    }

    @Test
    void names_an_unknown_field_at_its_path() {
        ValidationError error = unreadable("{\"funding\": {\"maxAmount\": 1, \"ceiling\": 2}}", ProgrammeData.class);

        assertThat(error.path()).isEqualTo("$.funding.ceiling");
        assertThat(error.message()).isEqualTo("Unknown field 'ceiling'.");
    }

    @Test
    void names_an_unknown_enum_value_in_a_list_with_its_index_and_the_choices() {
        ValidationError error = unreadable("{\"axes\": [\"CULTURE\", \"CULTUR\"]}", ProgrammeData.class);

        assertThat(error.path()).isEqualTo("$.axes[1]");
        assertThat(error.message()).contains("'CULTUR'").contains("YOUTH_MOBILITY");
    }

    @Test
    void names_a_string_given_for_a_number() {
        ValidationError error = unreadable("{\"funding\": {\"maxAmount\": \"10000\"}}", ProgrammeData.class);

        assertThat(error.path()).isEqualTo("$.funding.maxAmount");
    }

    @Test
    void names_a_fraction_given_for_a_whole_number() {
        assertThat(unreadable("{\"durationMonths\": 1.5}", ProgrammeData.class).path()).isEqualTo("$.durationMonths");
    }

    @Test
    void names_an_object_given_for_a_text() {
        ValidationError error = unreadable("{\"username\": {\"first\": \"marie\"}}", NewAccount.class);

        assertThat(error.path()).isEqualTo("$.username");
        assertThat(error.message()).contains("a string");
    }

    @Test
    void says_where_malformed_json_breaks() {
        ValidationError error = unreadable("{\"username\": \"marie\",\n \"role\": }", NewAccount.class);

        assertThat(error.path()).isEqualTo("$");
        assertThat(error.message()).contains("line 2");
    }

    @Test
    void reads_a_body_taken_as_text_with_the_same_rules() {
        NewAccount account = JsonProvider.read("{\"username\": \"marie\", \"role\": \"VIEWER\"}", NewAccount.class);

        assertThat(account.role()).isEqualTo(Role.VIEWER);
        assertThatThrownBy(() -> JsonProvider.read("{\"role\": \"GOD\"}", NewAccount.class))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationError::path).containsExactly("$.role"));
    }

    @Test
    void refuses_an_empty_or_null_body() {
        assertThatThrownBy(() -> JsonProvider.read(" ", NewAccount.class))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationError::path).containsExactly("$"));
        assertThatThrownBy(() -> JsonProvider.read("null", NewAccount.class))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationError::path).containsExactly("$"));
    }

    @Test
    void keeps_amounts_exact() {
        record Amount(BigDecimal value) {
        }

        assertThat(JsonProvider.read("{\"value\": 0.1}", Amount.class).value()).isEqualTo(new BigDecimal("0.1"));
    }
}
