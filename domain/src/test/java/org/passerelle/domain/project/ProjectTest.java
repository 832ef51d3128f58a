package org.passerelle.domain.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.domain.Examples.ACTOR;
import static org.passerelle.domain.Examples.NOW;
import static org.passerelle.domain.Refusals.assertRefused;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.passerelle.domain.Examples;
import org.passerelle.domain.call.CallForProjects;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.programme.Programme;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Territory;

class ProjectTest {

    private static final Instant LATER = NOW.plusSeconds(3600);

    private final Programme programme = Examples.programme("PROG-A", Axis.SOCIAL_SOLIDARITY_ECONOMY, Axis.CULTURE);
    private final Organisation lead = Examples.organisation("ORG-NA", Territory.NOUVELLE_AQUITAINE);
    private final Organisation partner = Examples.organisation("ORG-QC", Territory.QUEBEC);

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private ProjectDetails details() {
        return Examples.details(programme, lead, List.of(partner));
    }

    /** The example details with some fields replaced. */
    private ProjectDetails details(Axis axis, CallForProjects call, List<Organisation> partners, String total,
            String requested, LocalDate start, LocalDate end) {
        ProjectDetails d = details();
        return new ProjectDetails(d.title(), d.summary(), d.programme(), axis, call, d.lead(), partners, d.currency(),
                n(total), n(requested), start, end, d.themes());
    }

    private ProjectDetails withAxis(Axis axis) {
        return details(axis, null, List.of(partner), "12000", "6000", null, null);
    }

    private ProjectDetails withCall(CallForProjects call) {
        return details(Axis.CULTURE, call, List.of(partner), "12000", "6000", null, null);
    }

    private ProjectDetails withPartners(List<Organisation> partners) {
        return details(Axis.CULTURE, null, partners, "12000", "6000", null, null);
    }

    private ProjectDetails withAmounts(String total, String requested) {
        return details(Axis.CULTURE, null, List.of(partner), total, requested, null, null);
    }

    private ProjectDetails withDates(LocalDate start, LocalDate end) {
        return details(Axis.CULTURE, null, List.of(partner), "12000", "6000", start, end);
    }

    private Project newProject() {
        return new Project("P-1", details(), NOW, ACTOR);
    }

    private Project projectIn(ProjectStatus status) {
        return Project.restored("P-1", details(), status, status.mayHaveGrant() ? n("5000") : null, NOW, ACTOR);
    }

    // ---- creation and details ----

    @Test
    void starts_as_a_draft_with_its_first_step_in_the_history() {
        Project project = newProject();

        assertThat(project.status()).isEqualTo(ProjectStatus.DRAFT);
        assertThat(project.grantedAmount()).isNull();
        assertThat(project.history()).singleElement().satisfies(step -> {
            assertThat(step.at()).isEqualTo(NOW);
            assertThat(step.actor()).isEqualTo(ACTOR);
            assertThat(step.from()).isNull();
            assertThat(step.to()).isEqualTo(ProjectStatus.DRAFT);
            assertThat(step.comment()).isNull();
        });
    }

    @Test
    void rejects_an_axis_its_programme_does_not_serve() {
        assertRefused(() -> new Project("P-1", withAxis(Axis.YOUTH_MOBILITY), NOW, ACTOR), "project.axis", "axis");
    }

    @Test
    void accepts_any_axis_of_its_programme() {
        assertThat(new Project("P-1", withAxis(Axis.CULTURE), NOW, ACTOR).axis()).isEqualTo(Axis.CULTURE);
    }

    @Test
    void rejects_a_call_of_another_programme() {
        CallForProjects otherCall = Examples.call("AAP-B", Examples.programme("PROG-B", Axis.CULTURE));

        assertRefused(() -> new Project("P-1", withCall(otherCall), NOW, ACTOR), "project.call", "call");
    }

    @Test
    void accepts_a_call_of_its_programme() {
        CallForProjects call = Examples.call("AAP-A", programme);

        assertThat(new Project("P-1", withCall(call), NOW, ACTOR).call()).isSameAs(call);
    }

    @Test
    void rejects_the_lead_as_a_partner() {
        Organisation sameAsLead = Examples.organisation("ORG-NA", Territory.NOUVELLE_AQUITAINE);

        assertRefused(() -> new Project("P-1", withPartners(List.of(partner, sameAsLead)), NOW, ACTOR),
                "project.partners", "partners");
    }

    @Test
    void rejects_the_same_partner_twice() {
        Organisation again = Examples.organisation("ORG-QC", Territory.QUEBEC);

        assertRefused(() -> new Project("P-1", withPartners(List.of(partner, again)), NOW, ACTOR),
                "project.partners", "partners");
    }

    @Test
    void keeps_the_order_of_partners_and_accepts_none() {
        Organisation third = Examples.organisation("ORG-FR", Territory.OTHER);

        assertThat(new Project("P-1", withPartners(List.of(third, partner)), NOW, ACTOR).partners())
                .containsExactly(third, partner);
        assertThat(new Project("P-1", withPartners(null), NOW, ACTOR).partners()).isEmpty();
    }

    @Test
    void rejects_a_request_above_the_total_budget() {
        assertRefused(() -> new Project("P-1", withAmounts("12000", "12000.01"), NOW, ACTOR), "project.requested",
                "requestedAmount");
    }

    @Test
    void accepts_a_request_of_the_whole_budget() {
        assertThat(new Project("P-1", withAmounts("12000", "12000"), NOW, ACTOR).requestedAmount())
                .isEqualByComparingTo("12000");
    }

    @Test
    void rejects_negative_amounts() {
        assertRefused(() -> new Project("P-1", withAmounts("-1", "0"), NOW, ACTOR), "amount.range", "totalBudget");
        assertRefused(() -> new Project("P-1", withAmounts("10", "-1"), NOW, ACTOR), "amount.range",
                "requestedAmount");
    }

    @Test
    void rejects_an_end_before_the_start() {
        assertRefused(() -> new Project("P-1", withDates(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1)), NOW,
                ACTOR), "project.dates", "endDate");
    }

    @Test
    void accepts_a_project_of_one_day_or_with_one_date_only() {
        LocalDate day = LocalDate.of(2026, 5, 1);

        assertThat(new Project("P-1", withDates(day, day), NOW, ACTOR).endDate()).isEqualTo(day);
        assertThat(new Project("P-1", withDates(null, day), NOW, ACTOR).startDate()).isNull();
    }

    @Test
    void requires_title_programme_axis_lead_currency_and_amounts() {
        ProjectDetails d = details();
        assertRefused(() -> new Project("P-1", new ProjectDetails(null, null, programme, Axis.CULTURE, null, lead,
                null, d.currency(), n("1"), n("1"), null, null, null), NOW, ACTOR), "field.required", "title");
        assertRefused(() -> new Project("P-1", new ProjectDetails(d.title(), null, null, Axis.CULTURE, null, lead,
                null, d.currency(), n("1"), n("1"), null, null, null), NOW, ACTOR), "field.required", "programme");
        assertRefused(() -> new Project("P-1", new ProjectDetails(d.title(), null, programme, null, null, lead,
                null, d.currency(), n("1"), n("1"), null, null, null), NOW, ACTOR), "field.required", "axis");
        assertRefused(() -> new Project("P-1", new ProjectDetails(d.title(), null, programme, Axis.CULTURE, null,
                null, null, d.currency(), n("1"), n("1"), null, null, null), NOW, ACTOR), "field.required", "lead");
        assertRefused(() -> new Project("P-1", new ProjectDetails(d.title(), null, programme, Axis.CULTURE, null,
                lead, null, null, n("1"), n("1"), null, null, null), NOW, ACTOR), "field.required", "currency");
        assertRefused(() -> new Project("P-1", new ProjectDetails(d.title(), null, programme, Axis.CULTURE, null,
                lead, null, d.currency(), null, n("1"), null, null, null), NOW, ACTOR), "field.required",
                "totalBudget");
        assertRefused(() -> new Project("P-1", new ProjectDetails(d.title(), null, programme, Axis.CULTURE, null,
                lead, null, d.currency(), n("1"), null, null, null, null), NOW, ACTOR), "field.required",
                "requestedAmount");
        assertRefused(() -> new Project("p 1", details(), NOW, ACTOR), "code.invalid", "reference");
    }

    @Test
    void rejects_themes_that_are_not_slugs() {
        ProjectDetails d = details();
        assertRefused(() -> new Project("P-1", new ProjectDetails(d.title(), null, programme, Axis.CULTURE, null,
                lead, null, d.currency(), n("1"), n("1"), null, null, List.of("Culture")), NOW, ACTOR),
                "theme.invalid", "themes");
    }

    @Test
    void a_refused_revision_changes_nothing() {
        Project project = newProject();
        ProjectDetails before = project.details();

        assertRefused(() -> project.revise(withAmounts("100", "200")), "project.requested", "requestedAmount");

        assertThat(project.details()).isEqualTo(before);
    }

    @Test
    void revising_keeps_status_grant_and_history() {
        Project project = projectIn(ProjectStatus.APPROVED);

        project.revise(withAmounts("20000", "8000"));

        assertThat(project.requestedAmount()).isEqualByComparingTo("8000");
        assertThat(project.status()).isEqualTo(ProjectStatus.APPROVED);
        assertThat(project.grantedAmount()).isEqualByComparingTo("5000");
        assertThat(project.history()).hasSize(1);
    }

    @Test
    void rejects_a_request_below_the_amount_already_granted() {
        Project project = projectIn(ProjectStatus.APPROVED);

        assertRefused(() -> project.revise(withAmounts("12000", "4999")), "project.granted", "requestedAmount");
    }

    // ---- grant ----

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = {"APPROVED", "IN_PROGRESS", "COMPLETED"})
    void has_a_grant_when_approved_running_or_completed(ProjectStatus status) {
        Project project = projectIn(status);

        project.grant(n("6000"));

        assertThat(project.grantedAmount()).isEqualByComparingTo("6000");
    }

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = {"DRAFT", "SUBMITTED", "UNDER_REVIEW", "REJECTED", "WITHDRAWN"})
    void has_no_grant_in_any_other_status(ProjectStatus status) {
        Project project = projectIn(status);

        assertRefused(() -> project.grant(n("100")), "project.granted", "grantedAmount");
        assertThat(project.grantedAmount()).isNull();
    }

    @Test
    void rejects_a_granted_amount_above_requested() {
        Project project = projectIn(ProjectStatus.APPROVED);

        assertRefused(() -> project.grant(n("6000.01")), "project.granted", "grantedAmount");
        assertThat(project.grantedAmount()).isEqualByComparingTo("5000");
    }

    @Test
    void names_the_amounts_as_people_write_them() {
        Project project = Project.restored("P-1", withAmounts("12000.000000", "6000.000000"), ProjectStatus.APPROVED,
                null, NOW, ACTOR);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> project.grant(n("6000.5")))
                .hasMessage("The granted amount (6000.5) is above the requested amount (6000).");
    }

    @Test
    void rejects_a_negative_grant() {
        assertRefused(() -> projectIn(ProjectStatus.APPROVED).grant(n("-1")), "amount.range", "grantedAmount");
    }

    @Test
    void restoring_an_import_rejects_a_grant_in_a_status_without_one() {
        assertRefused(() -> Project.restored("P-1", details(), ProjectStatus.SUBMITTED, n("100"), NOW, ACTOR),
                "project.granted", "grantedAmount");
    }

    @Test
    void restoring_records_a_change_of_status_only() {
        Project project = projectIn(ProjectStatus.SUBMITTED);

        project.restore(details(), ProjectStatus.SUBMITTED, null, LATER, "import");
        project.restore(details(), ProjectStatus.APPROVED, n("3000"), LATER, "import");

        assertThat(project.history()).extracting(StatusChange::from, StatusChange::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, ProjectStatus.SUBMITTED),
                        org.assertj.core.groups.Tuple.tuple(ProjectStatus.SUBMITTED, ProjectStatus.APPROVED));
        assertThat(project.grantedAmount()).isEqualByComparingTo("3000");
    }

    // ---- workflow ----

    static Stream<Arguments> every_status_and_transition() {
        List<Arguments> pairs = new ArrayList<>();
        for (ProjectStatus status : ProjectStatus.values()) {
            for (Transition transition : Transition.values()) {
                pairs.add(Arguments.of(status, transition));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("every_status_and_transition")
    void moves_along_the_workflow_and_nowhere_else(ProjectStatus status, Transition transition) {
        Project project = projectIn(status);
        boolean allowed = TransitionTest.WORKFLOW.get(transition).contains(status);
        BigDecimal granted = transition == Transition.APPROVE ? n("4000") : null;

        if (allowed) {
            project.apply(transition, granted, "Dossier complet.", LATER, "luc");
            assertThat(project.status()).isEqualTo(transition.target());
        } else {
            assertRefused(() -> project.apply(transition, granted, "Dossier complet.", LATER, "luc"),
                    "project.transition", "status");
            assertThat(project.status()).isEqualTo(status);
            assertThat(project.history()).hasSize(1);
        }
    }

    @Test
    void records_each_step_with_who_when_from_to_and_why() {
        Project project = newProject();

        project.apply(Transition.SUBMIT, null, null, LATER, "marie");
        project.apply(Transition.START_REVIEW, null, "  ", LATER.plusSeconds(60), "luc");
        project.apply(Transition.APPROVE, n("5500"), " Accord du comité. ", LATER.plusSeconds(120), "luc");

        assertThat(project.history()).hasSize(4);
        StatusChange last = project.history().get(3);
        assertThat(last.at()).isEqualTo(LATER.plusSeconds(120));
        assertThat(last.actor()).isEqualTo("luc");
        assertThat(last.from()).isEqualTo(ProjectStatus.UNDER_REVIEW);
        assertThat(last.to()).isEqualTo(ProjectStatus.APPROVED);
        assertThat(last.comment()).isEqualTo("Accord du comité.");
        assertThat(project.history().get(2).comment()).isNull();
        assertThat(project.grantedAmount()).isEqualByComparingTo("5500");
        assertThat(project.allowedTransitions()).containsExactly(Transition.START, Transition.WITHDRAW);
    }

    @Test
    void approval_requires_the_granted_amount() {
        Project project = projectIn(ProjectStatus.UNDER_REVIEW);

        assertRefused(() -> project.apply(Transition.APPROVE, null, null, LATER, "luc"), "project.granted",
                "grantedAmount");
        assertThat(project.status()).isEqualTo(ProjectStatus.UNDER_REVIEW);
    }

    @Test
    void rejects_granted_amount_above_requested_and_stays_under_review() {
        Project project = projectIn(ProjectStatus.UNDER_REVIEW);

        assertRefused(() -> project.apply(Transition.APPROVE, n("6000.5"), null, LATER, "luc"), "project.granted",
                "grantedAmount");

        assertThat(project.status()).isEqualTo(ProjectStatus.UNDER_REVIEW);
        assertThat(project.grantedAmount()).isNull();
        assertThat(project.history()).hasSize(1);
    }

    @Test
    void takes_a_granted_amount_only_on_approval() {
        Project project = projectIn(ProjectStatus.APPROVED);

        assertRefused(() -> project.apply(Transition.START, n("100"), null, LATER, "luc"), "project.granted",
                "grantedAmount");
        assertThat(project.status()).isEqualTo(ProjectStatus.APPROVED);
        assertThat(project.grantedAmount()).isEqualByComparingTo("5000");
    }

    @ParameterizedTest
    @EnumSource(value = Transition.class, names = {"REJECT", "WITHDRAW"})
    void a_refusal_or_a_withdrawal_needs_a_comment(Transition transition) {
        Project project = projectIn(ProjectStatus.UNDER_REVIEW);

        assertRefused(() -> project.apply(transition, null, " ", LATER, "luc"), "project.comment", "comment");
        assertThat(project.status()).isEqualTo(ProjectStatus.UNDER_REVIEW);

        project.apply(transition, null, "Hors du champ du programme.", LATER, "luc");
        assertThat(project.status()).isEqualTo(transition.target());
    }

    @Test
    void withdrawing_an_approved_project_drops_its_grant() {
        Project project = projectIn(ProjectStatus.APPROVED);

        project.apply(Transition.WITHDRAW, null, "Partenaire retiré.", LATER, "marie");

        assertThat(project.grantedAmount()).isNull();
    }

    @Test
    void starting_and_completing_keep_the_grant() {
        Project project = projectIn(ProjectStatus.APPROVED);

        project.apply(Transition.START, null, null, LATER, "marie");
        project.apply(Transition.COMPLETE, null, null, LATER, "marie");

        assertThat(project.status()).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(project.grantedAmount()).isEqualByComparingTo("5000");
        assertThat(project.allowedTransitions()).isEmpty();
    }

    @Test
    void requires_a_transition() {
        assertRefused(() -> newProject().apply(null, null, null, LATER, "luc"), "field.required", "transition");
    }

    @Test
    void refuses_a_comment_longer_than_its_column() {
        Project project = newProject();

        assertRefused(() -> project.apply(Transition.SUBMIT, null, "c".repeat(2001), LATER, "luc"), "text.too-long",
                "comment");
        assertThat(project.status()).isEqualTo(ProjectStatus.DRAFT);
    }

    @Test
    void refuses_a_title_longer_than_its_column() {
        ProjectDetails d = details();
        assertRefused(() -> new Project("P-1", new ProjectDetails(org.passerelle.domain.shared.LocalizedText.fr(
                "t".repeat(501)), null, programme, Axis.CULTURE, null, lead, null, d.currency(), n("1"), n("1"), null,
                null, null), NOW, ACTOR), "text.too-long", "title.fr");
    }
}
