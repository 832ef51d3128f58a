package org.passerelle.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.domain.Refusals.assertRefused;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void turns_a_page_number_and_size_into_an_offset() {
        PageRequest request = PageRequest.page(3, 20, PageRequest.SortOrder.desc("code"));

        assertThat(request.offset()).isEqualTo(60);
        assertThat(request.limit()).isEqualTo(20);
        assertThat(request.sort()).containsExactly(new PageRequest.SortOrder("code", false));
    }

    @Test
    void rejects_a_negative_page_and_a_size_out_of_range() {
        assertRefused(() -> PageRequest.page(-1, 20), "page.number", "page");
        assertRefused(() -> PageRequest.page(0, 0), "page.size", "size");
        assertRefused(() -> PageRequest.page(0, PageRequest.MAX_LIMIT + 1), "page.size", "size");
    }

    @Test
    void rejects_a_page_too_far_to_count_instead_of_overflowing() {
        assertRefused(() -> PageRequest.page(Integer.MAX_VALUE, 200), "page.number", "page");
    }

    @Test
    void rejects_a_negative_offset_and_a_limit_out_of_range() {
        assertRefused(() -> PageRequest.of(-1, 10), "page.offset", "offset");
        assertRefused(() -> PageRequest.of(0, 501), "page.limit", "limit");
    }

    @Test
    void keeps_no_sort_as_an_empty_list() {
        assertThat(new PageRequest(0, 10, null).sort()).isEmpty();
    }
}
