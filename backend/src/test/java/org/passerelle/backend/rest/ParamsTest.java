package org.passerelle.backend.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.backend.dataset.ValidationError;
import org.passerelle.backend.dataset.ValidationException;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.PageRequest;
import org.passerelle.domain.shared.PageRequest.SortOrder;

class ParamsTest {

    private final Params params = new Params();

    private List<String> errorPaths() {
        try {
            params.check();
            return List.of();
        } catch (ValidationException e) {
            return e.errors().stream().map(ValidationError::path).toList();
        }
    }

    @Test
    void reads_an_enumeration_in_any_case_and_absent_as_null() {
        assertThat(params.choice("axis", "culture", Axis.class)).isEqualTo(Axis.CULTURE);
        assertThat(params.choice("axis", " YOUTH_MOBILITY ", Axis.class)).isEqualTo(Axis.YOUTH_MOBILITY);
        assertThat(params.choice("axis", "", Axis.class)).isNull();
        assertThat(params.choice("axis", null, Axis.class)).isNull();
        assertThat(errorPaths()).isEmpty();
    }

    @Test
    void names_the_parameter_of_an_unknown_enumeration_value() {
        params.choice("axis", "SPORT", Axis.class);

        assertThatThrownBy(params::check).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.errors()).extracting(ValidationError::path).containsExactly("axis");
            assertThat(e.errors().get(0).message()).contains("'SPORT'").contains("CULTURE");
        });
    }

    @Test
    void pages_from_0_by_20_unless_asked() {
        PageRequest page = params.page(null, null, null);

        assertThat(page.offset()).isZero();
        assertThat(page.limit()).isEqualTo(20);
        assertThat(page.sort()).isEmpty();
    }

    @Test
    void accepts_sizes_from_1_to_200() {
        assertThat(params.pageSize("1")).isEqualTo(1);
        assertThat(params.pageSize("200")).isEqualTo(200);
        assertThat(errorPaths()).isEmpty();
    }

    @Test
    void lists_every_bad_paging_parameter_at_once() {
        PageRequest page = params.page("-1", "201", List.of("code,sideways"));

        assertThat(page).isNull();
        assertThat(errorPaths()).containsExactly("page", "size", "sort");
    }

    @Test
    void refuses_a_size_of_zero_and_words_for_numbers() {
        params.pageSize("0");
        params.pageNumber("first");

        assertThat(errorPaths()).containsExactly("size", "page");
    }

    @Test
    void reads_sort_orders_in_the_order_given() {
        List<SortOrder> sort = params.sort(List.of("status,desc", "code", "name,ASC"));

        assertThat(sort).containsExactly(SortOrder.desc("status"), SortOrder.asc("code"), SortOrder.asc("name"));
    }

    @Test
    void refuses_a_sort_order_without_a_field_or_with_extra_parts() {
        params.sort(List.of(",asc"));
        params.sort(List.of("code,asc,again"));

        assertThat(errorPaths()).containsExactly("sort", "sort");
    }

    @Test
    void reads_a_day_and_names_a_bad_one() {
        assertThat(params.date("asOf", "2026-03-01")).isEqualTo(LocalDate.of(2026, 3, 1));
        params.date("asOf", "01/03/2026");

        assertThat(errorPaths()).containsExactly("asOf");
    }

    @Test
    void reads_an_instant_or_a_day_with_the_upper_day_included() {
        assertThat(params.instant("from", "2026-03-01T10:15:00Z", false)).isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
        assertThat(params.instant("from", "2026-03-01", false)).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(params.instant("to", "2026-03-01", true)).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
        params.instant("to", "yesterday", true);

        assertThat(errorPaths()).containsExactly("to");
    }

    @Test
    void reads_the_version_of_an_if_match_header_strong_or_weak() {
        assertThat(params.expectedVersion("\"3\"")).isEqualTo(3L);
        assertThat(params.expectedVersion("W/\"12\"")).isEqualTo(12L);
        assertThat(params.expectedVersion("7")).isEqualTo(7L);
        assertThat(params.expectedVersion("*")).isNull();
        assertThat(params.expectedVersion(null)).isNull();
        assertThat(errorPaths()).isEmpty();
    }

    @Test
    void names_the_header_of_an_if_match_that_is_not_a_version() {
        assertThatThrownBy(() -> Params.ifMatch("\"abc\"")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(ValidationError::path).containsExactly("If-Match"));
        assertThatThrownBy(() -> Params.ifMatch("\"-1\"")).isInstanceOf(ValidationException.class);
    }

    @Test
    void takes_free_text_stripped_and_blank_as_absent_preferring_the_parameter_to_its_alias() {
        assertThat(Params.text("  coop ")).isEqualTo("coop");
        assertThat(Params.text(" ")).isNull();
        assertThat(Params.text(null, "alias")).isEqualTo("alias");
        assertThat(Params.text("q", "alias")).isEqualTo("q");
    }
}
