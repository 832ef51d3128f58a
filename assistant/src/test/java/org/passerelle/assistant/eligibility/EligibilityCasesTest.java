package org.passerelle.assistant.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.passerelle.domain.shared.Currency;

/**
 * Runs every case of the YAML files under {@code eligibility/}, one dynamic test per case named by its
 * sentence. The expected answers in the files were worked out by hand from the rules of the HTTP contract.
 */
class EligibilityCasesTest {

    private static final int MINIMUM_CASES = 120;

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    record CaseFile(List<EligibilityCase> cases) {}

    @TestFactory
    Stream<DynamicNode> eligibility_cases() throws IOException, URISyntaxException {
        Path directory = Path.of(getClass().getResource("/eligibility").toURI());
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        List<DynamicNode> nodes = new ArrayList<>();
        List<String> allNames = new ArrayList<>();
        for (Path file : files) {
            List<EligibilityCase> cases = yaml.readValue(file.toFile(), CaseFile.class).cases();
            cases.forEach(c -> allNames.add(c.name()));
            nodes.add(dynamicContainer(file.getFileName().toString(),
                    cases.stream().map(c -> dynamicTest(c.name(), () -> check(c)))));
        }
        nodes.add(dynamicTest("the case files hold at least " + MINIMUM_CASES + " cases, each with its own sentence",
                () -> {
                    assertThat(allNames).hasSizeGreaterThanOrEqualTo(MINIMUM_CASES);
                    Set<String> seen = new HashSet<>();
                    assertThat(allNames.stream().filter(n -> !seen.add(n)).toList()).as("duplicate names").isEmpty();
                    assertThat(allNames).allSatisfy(n -> assertThat(n).isNotBlank());
                }));
        return nodes.stream();
    }

    private static void check(EligibilityCase c) {
        EligibilityEngine engine = new EligibilityEngine(
                c.exchangeRate() == null ? ExchangeRate.defaultRate() : ExchangeRate.eurToCad(c.exchangeRate()));
        ProgrammeRules programme = c.programme() == null
                ? ProgrammeRules.builder("CASE", Currency.EUR).build()
                : c.programme().toRules();
        ApplicantProfile profile = c.profile() == null ? ApplicantProfile.empty() : c.profile().toProfile();

        EligibilityResult result = engine.evaluate(programme, profile);

        EligibilityCase.Expectation expect = c.expect();
        String name = c.name();
        assertThat(result.verdict()).as("%s: verdict", name).isEqualTo(expect.verdict());
        assertThat(result.failedRuleNames()).as("%s: failed rules", name).isEqualTo(expect.failedOrEmpty());
        assertThat(result.missing()).as("%s: missing fields", name).isEqualTo(expect.missingOrEmpty());
        if (expect.toVerify() != null) {
            assertThat(result.toVerify()).as("%s: conditions to verify", name).hasSize(expect.toVerify());
        }
        assertThat(result.failed()).allSatisfy(f -> {
            assertThat(f.message().fr()).isNotBlank();
            assertThat(f.message().en()).isNotBlank();
        });
        assertMessagesContain(name, result, "fr", expect.fr());
        assertMessagesContain(name, result, "en", expect.en());
    }

    private static void assertMessagesContain(String name, EligibilityResult result, String lang, List<String> fragments) {
        if (fragments == null) {
            return;
        }
        String messages = result.failed().stream()
                .map(f -> f.message().in(lang))
                .map(EligibilityCasesTest::plainSpaces)
                .collect(Collectors.joining("\n"));
        for (String fragment : fragments) {
            assertThat(messages).as("%s: %s messages", name, lang).contains(plainSpaces(fragment));
        }
    }

    /** The files are typed with plain spaces; the messages use U+00A0 and U+202F where French wants them. */
    private static String plainSpaces(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }
}
