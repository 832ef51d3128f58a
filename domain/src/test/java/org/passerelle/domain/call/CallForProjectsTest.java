package org.passerelle.domain.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.domain.Refusals.assertRefused;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.passerelle.domain.Examples;
import org.passerelle.domain.programme.Programme;
import org.passerelle.domain.shared.LocalizedText;

class CallForProjectsTest {

    private static final LocalDate OPENS = LocalDate.of(2026, 1, 15);
    private static final LocalDate CLOSES = LocalDate.of(2026, 3, 31);
    private final Programme programme = Examples.programme("PROG-A");
    private final LocalizedText title = LocalizedText.fr("Appel 2026");

    @Test
    void is_upcoming_before_its_first_day() {
        CallForProjects call = Examples.call("AAP-2026", programme);

        assertThat(call.stateOn(OPENS.minusDays(1))).isEqualTo(CallState.UPCOMING);
        assertThat(call.isOpenOn(OPENS.minusDays(1))).isFalse();
    }

    @Test
    void is_open_on_its_first_and_last_days() {
        CallForProjects call = Examples.call("AAP-2026", programme);

        assertThat(call.stateOn(OPENS)).isEqualTo(CallState.OPEN);
        assertThat(call.stateOn(CLOSES)).isEqualTo(CallState.OPEN);
        assertThat(call.isOpenOn(LocalDate.of(2026, 2, 20))).isTrue();
    }

    @Test
    void is_closed_after_its_last_day() {
        assertThat(Examples.call("AAP-2026", programme).stateOn(CLOSES.plusDays(1))).isEqualTo(CallState.CLOSED);
    }

    @Test
    void may_open_and_close_on_the_same_day() {
        CallForProjects call = new CallForProjects("AAP-1D", programme, title, OPENS, OPENS, null);

        assertThat(call.stateOn(OPENS)).isEqualTo(CallState.OPEN);
    }

    @Test
    void rejects_a_call_that_closes_before_it_opens() {
        assertRefused(() -> new CallForProjects("AAP", programme, title, CLOSES, OPENS, null), "call.dates",
                "closesOn");
    }

    @Test
    void requires_programme_title_and_both_dates() {
        assertRefused(() -> new CallForProjects("AAP", null, title, OPENS, CLOSES, null), "field.required",
                "programme");
        assertRefused(() -> new CallForProjects("AAP", programme, null, OPENS, CLOSES, null), "field.required",
                "title");
        assertRefused(() -> new CallForProjects("AAP", programme, title, null, CLOSES, null), "field.required",
                "opensOn");
        assertRefused(() -> new CallForProjects("AAP", programme, title, OPENS, null, null), "field.required",
                "closesOn");
        assertRefused(() -> new CallForProjects("aap", programme, title, OPENS, CLOSES, null), "code.invalid",
                "code");
    }

    @Test
    void rejects_a_negative_budget_and_accepts_none_or_zero() {
        assertRefused(() -> new CallForProjects("AAP", programme, title, OPENS, CLOSES, new BigDecimal("-1")),
                "amount.range", "budget");
        assertThat(new CallForProjects("AAP", programme, title, OPENS, CLOSES, BigDecimal.ZERO).budget()).isZero();
        assertThat(new CallForProjects("AAP", programme, title, OPENS, CLOSES, null).budget()).isNull();
    }

    @Test
    void a_refused_revision_changes_nothing() {
        CallForProjects call = Examples.call("AAP-2026", programme);
        Programme other = Examples.programme("PROG-B");

        assertRefused(() -> call.revise(other, title, CLOSES, OPENS, null), "call.dates", "closesOn");

        assertThat(call.programme()).isSameAs(programme);
        assertThat(call.opensOn()).isEqualTo(OPENS);
        assertThat(call.budget()).isEqualByComparingTo("50000");
    }
}
