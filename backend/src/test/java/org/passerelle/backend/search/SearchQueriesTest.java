package org.passerelle.backend.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The search test set ({@code search/queries.yaml}): every query, run against the demo dataset, finds its
 * programme among the first three hits, in French or English, with or without accents, singular or
 * plural, through a synonym or with a typo.
 */
class SearchQueriesTest {

    record Case(String name, String q, String expect, String kind) {
    }

    record Cases(List<Case> queries) {
    }

    static List<Case> cases() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = SearchQueriesTest.class.getResourceAsStream("/search/queries.yaml")) {
            return yaml.readValue(in, Cases.class).queries();
        }
    }

    @TestFactory
    Stream<DynamicTest> every_query_finds_its_programme_in_the_top_three() throws IOException {
        ProgrammeIndex index = DemoDataset.index();
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name() + " [" + c.q() + "]", () -> {
            SearchResult result = index.search(SearchQuery.text(c.q(), 3));
            assertThat(result.hits()).extracting(SearchHit::code)
                    .as("top 3 for '%s' (%s)", c.q(), c.kind())
                    .contains(c.expect());
        }));
    }

    @Test
    void the_set_is_large_enough_and_covers_both_languages_and_every_kind() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        Set<String> kinds = cases.stream().map(Case::kind).collect(Collectors.toSet());
        assertThat(kinds).contains("accentless", "plural", "feminine", "elision", "synonym", "typo", "english");
        assertThat(cases.stream().filter(c -> c.kind().equals("english")).count()).isGreaterThanOrEqualTo(15);
        Set<String> published = DemoDataset.document().programmesOrEmpty().stream()
                .filter(p -> p.status() == org.passerelle.domain.programme.ProgrammeStatus.PUBLISHED)
                .map(p -> p.code()).collect(Collectors.toSet());
        assertThat(cases).allSatisfy(c -> assertThat(published).as(c.name()).contains(c.expect()));
    }
}
