package org.passerelle.domain.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.domain.Refusals.assertRefused;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.domain.Examples;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.LocalizedText;

class ProgrammeTest {

    private static ProgrammeContent withAxes(List<Axis> axes) {
        return Examples.content(axes);
    }

    private static ProgrammeContent with(LocalizedText name, LocalizedText summary, Currency currency) {
        ProgrammeContent c = Examples.content();
        return new ProgrammeContent(name, summary, c.description(), c.axes(), c.themes(), c.funders(), currency,
                c.funding(), c.durationMonths(), c.eligibility(), c.conditions(), c.url(), c.contact());
    }

    private static ProgrammeContent withUrl(String url) {
        ProgrammeContent c = Examples.content();
        return new ProgrammeContent(c.name(), c.summary(), c.description(), c.axes(), c.themes(), c.funders(),
                c.currency(), c.funding(), c.durationMonths(), c.eligibility(), c.conditions(), url, c.contact());
    }

    private static ProgrammeContent withDuration(Integer months) {
        ProgrammeContent c = Examples.content();
        return new ProgrammeContent(c.name(), c.summary(), c.description(), c.axes(), c.themes(), c.funders(),
                c.currency(), c.funding(), months, c.eligibility(), c.conditions(), c.url(), c.contact());
    }

    private static ProgrammeContent withFundingAndEligibility(Funding funding, Eligibility eligibility) {
        ProgrammeContent c = Examples.content();
        return new ProgrammeContent(c.name(), c.summary(), c.description(), c.axes(), c.themes(), c.funders(),
                c.currency(), funding, c.durationMonths(), eligibility, null, c.url(), c.contact());
    }

    private static ProgrammeContent withThemesAndFunders(List<String> themes, List<String> funders) {
        ProgrammeContent c = Examples.content();
        return new ProgrammeContent(c.name(), c.summary(), c.description(), c.axes(), themes, funders,
                c.currency(), c.funding(), c.durationMonths(), c.eligibility(), c.conditions(), c.url(), c.contact());
    }

    @Test
    void starts_as_a_draft() {
        Programme programme = new Programme("EX-ESS", Examples.content());

        assertThat(programme.status()).isEqualTo(ProgrammeStatus.DRAFT);
        assertThat(programme.isPublished()).isFalse();
        assertThat(programme.code()).isEqualTo("EX-ESS");
    }

    @Test
    void rejects_an_invalid_code() {
        assertRefused(() -> new Programme("ex-ess", Examples.content()), "code.invalid", "code");
    }

    @Test
    void requires_a_name_a_summary_and_a_currency() {
        LocalizedText text = LocalizedText.fr("x");
        assertRefused(() -> new Programme("EX", with(null, text, Currency.EUR)), "field.required", "name");
        assertRefused(() -> new Programme("EX", with(text, null, Currency.EUR)), "field.required", "summary");
        assertRefused(() -> new Programme("EX", with(text, text, null)), "field.required", "currency");
    }

    @Test
    void rejects_a_programme_without_any_axis() {
        assertRefused(() -> new Programme("EX", withAxes(List.of())), "programme.axes", "axes");
        assertRefused(() -> new Programme("EX", withAxes(null)), "field.required", "axes");
    }

    @Test
    void rejects_the_same_axis_twice() {
        assertRefused(() -> new Programme("EX", withAxes(List.of(Axis.CULTURE, Axis.CULTURE))), "list.duplicate",
                "axes");
    }

    @Test
    void rejects_a_theme_that_is_not_a_slug_and_a_funder_on_two_lines() {
        assertRefused(() -> new Programme("EX", withThemesAndFunders(List.of("Santé"), null)), "theme.invalid",
                "themes");
        assertRefused(() -> new Programme("EX", withThemesAndFunders(null, List.of("A\nB"))), "text.line",
                "funders");
    }

    @Test
    void keeps_absent_themes_and_funders_readable_as_empty() {
        Programme programme = new Programme("EX", withThemesAndFunders(null, null));

        assertThat(programme.themes()).isEmpty();
        assertThat(programme.funders()).isEmpty();
        assertThat(programme.content().themes()).isNull();
    }

    @Test
    void requires_an_absolute_url() {
        assertRefused(() -> new Programme("EX", withUrl("www.example.org")), "programme.url", "url");
        assertRefused(() -> new Programme("EX", withUrl("https://exa mple.org")), "programme.url", "url");
        assertThat(new Programme("EX", withUrl(" https://example.org/x ")).url()).isEqualTo("https://example.org/x");
        assertThat(new Programme("EX", withUrl(" ")).url()).isNull();
    }

    @Test
    void limits_the_duration_to_1_to_1200_months() {
        assertRefused(() -> new Programme("EX", withDuration(0)), "number.range", "durationMonths");
        assertRefused(() -> new Programme("EX", withDuration(1201)), "number.range", "durationMonths");
        assertThat(new Programme("EX", withDuration(1)).durationMonths()).isEqualTo(1);
    }

    @Test
    void stores_empty_funding_as_none_and_absent_eligibility_as_open_to_all() {
        Programme programme = new Programme("EX", withFundingAndEligibility(new Funding(null, null, null), null));

        assertThat(programme.funding()).isNull();
        assertThat(programme.eligibility()).isEqualTo(Eligibility.openToAll());
        assertThat(programme.conditions()).isEmpty();
    }

    @Test
    void revising_replaces_the_content_but_keeps_code_and_status() {
        Programme programme = Examples.programme("EX");
        programme.publish();

        programme.revise(withAxes(List.of(Axis.YOUTH_MOBILITY)));

        assertThat(programme.axes()).containsExactly(Axis.YOUTH_MOBILITY);
        assertThat(programme.serves(Axis.CULTURE)).isFalse();
        assertThat(programme.code()).isEqualTo("EX");
        assertThat(programme.status()).isEqualTo(ProgrammeStatus.PUBLISHED);
    }

    @Test
    void a_refused_revision_changes_nothing() {
        Programme programme = Examples.programme("EX");
        ProgrammeContent before = programme.content();

        assertRefused(() -> programme.revise(withUrl("not absolute")), "programme.url", "url");

        assertThat(programme.content()).isEqualTo(before);
    }

    @Test
    void publishes_archives_and_takes_back_to_draft() {
        Programme programme = Examples.programme("EX");

        programme.publish();
        assertThat(programme.isPublished()).isTrue();
        programme.archive();
        assertThat(programme.status()).isEqualTo(ProgrammeStatus.ARCHIVED);
        programme.unpublish();
        assertThat(programme.status()).isEqualTo(ProgrammeStatus.DRAFT);
    }

    @Test
    void publishes_an_archived_programme_again() {
        Programme programme = Examples.programme("EX");
        programme.archive();

        programme.publish();

        assertThat(programme.status()).isEqualTo(ProgrammeStatus.PUBLISHED);
    }

    @Test
    void refuses_to_repeat_the_status_it_already_has() {
        Programme programme = Examples.programme("EX");
        assertRefused(programme::unpublish, "programme.status", "status");
        programme.publish();
        assertRefused(programme::publish, "programme.status", "status");
        programme.archive();
        assertRefused(programme::archive, "programme.status", "status");
    }

    @Test
    void restores_any_status_a_dataset_states_but_not_none() {
        Programme programme = Examples.programme("EX");

        programme.restoreStatus(ProgrammeStatus.ARCHIVED);

        assertThat(programme.status()).isEqualTo(ProgrammeStatus.ARCHIVED);
        assertRefused(() -> programme.restoreStatus(null), "field.required", "status");
    }

    @Test
    void gives_out_copies_of_its_lists() {
        Programme programme = Examples.programme("EX");

        assertThat(programme.axes()).isUnmodifiable();
        assertThat(programme.conditions()).isUnmodifiable();
        assertThat(programme.content().funding().maxAmount()).isEqualByComparingTo(new BigDecimal("10000"));
    }

    @Test
    void refuses_texts_longer_than_their_columns() {
        ProgrammeContent c = Examples.content();
        ProgrammeContent longName = new ProgrammeContent(LocalizedText.fr("n".repeat(501)), c.summary(),
                c.description(), c.axes(), c.themes(), c.funders(), c.currency(),
                c.funding(), c.durationMonths(), c.eligibility(), c.conditions(), c.url(), c.contact());
        ProgrammeContent longDescription = new ProgrammeContent(c.name(), c.summary(),
                LocalizedText.of("d", "d".repeat(40_001)), c.axes(), c.themes(), c.funders(), c.currency(),
                c.funding(), c.durationMonths(), c.eligibility(), c.conditions(), c.url(), c.contact());
        ProgrammeContent longCondition = new ProgrammeContent(c.name(), c.summary(), null, c.axes(), c.themes(),
                c.funders(), c.currency(), c.funding(), c.durationMonths(), c.eligibility(),
                List.of(LocalizedText.fr("ok"), LocalizedText.fr("c".repeat(4001))), c.url(), c.contact());

        assertRefused(() -> new Programme("EX", longName), "text.too-long", "name.fr");
        assertRefused(() -> new Programme("EX", longDescription), "text.too-long", "description.en");
        assertRefused(() -> new Programme("EX", longCondition), "text.too-long", "conditions[1].fr");
        assertRefused(() -> new Programme("EX", withUrl("https://example.org/" + "p".repeat(2000))), "text.too-long",
                "url");
    }

    @Test
    void refuses_a_content_with_every_broken_rule_listed() {
        ProgrammeContent c = Examples.content();
        ProgrammeContent broken = new ProgrammeContent(LocalizedText.fr("n".repeat(501)), c.summary(), c.description(),
                List.of(), c.themes(), c.funders(), null, c.funding(), 0, c.eligibility(), c.conditions(), c.url(),
                c.contact());

        assertThatThrownBy(() -> new Programme("EX", broken))
                .isInstanceOfSatisfying(org.passerelle.domain.shared.DomainViolations.class, e ->
                        assertThat(e.violations()).extracting(org.passerelle.domain.shared.DomainException::field)
                                .containsExactlyInAnyOrder("name.fr", "axes", "currency", "durationMonths"));
    }
}
