package org.passerelle.domain.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TransitionTest {

    /** The workflow as the partnership describes it, written out independently of the enum. */
    static final Map<Transition, Set<ProjectStatus>> WORKFLOW = Map.of(
            Transition.SUBMIT, EnumSet.of(ProjectStatus.DRAFT),
            Transition.START_REVIEW, EnumSet.of(ProjectStatus.SUBMITTED),
            Transition.APPROVE, EnumSet.of(ProjectStatus.UNDER_REVIEW),
            Transition.REJECT, EnumSet.of(ProjectStatus.UNDER_REVIEW),
            Transition.START, EnumSet.of(ProjectStatus.APPROVED),
            Transition.COMPLETE, EnumSet.of(ProjectStatus.IN_PROGRESS),
            Transition.WITHDRAW, EnumSet.of(ProjectStatus.DRAFT, ProjectStatus.SUBMITTED, ProjectStatus.UNDER_REVIEW,
                    ProjectStatus.APPROVED));

    @Property
    void allows_a_transition_exactly_from_the_statuses_of_the_workflow(@ForAll Transition transition,
            @ForAll ProjectStatus status) {
        assertThat(transition.allowedFrom(status)).isEqualTo(WORKFLOW.get(transition).contains(status));
    }

    @Property
    void lists_from_a_status_exactly_the_transitions_allowed_from_it_in_workflow_order(@ForAll ProjectStatus status) {
        List<Transition> expected = Arrays.stream(Transition.values()).filter(t -> t.allowedFrom(status)).toList();

        assertThat(Transition.from(status)).containsExactlyElementsOf(expected);
    }

    @Property
    void leaves_no_way_out_of_a_final_status_and_one_out_of_any_other(@ForAll ProjectStatus status) {
        assertThat(Transition.from(status).isEmpty()).isEqualTo(status.isFinal());
    }

    @Property
    void finds_each_transition_by_its_slug(@ForAll Transition transition) {
        assertThat(Transition.fromSlug(transition.slug())).isSameAs(transition);
    }

    @Test
    void names_its_slugs_in_lower_case_with_dashes() {
        assertThat(Arrays.stream(Transition.values()).map(Transition::slug))
                .containsExactly("submit", "start-review", "approve", "reject", "start", "complete", "withdraw");
    }

    @Test
    void knows_no_other_slug() {
        assertThat(Transition.fromSlug("START_REVIEW")).isNull();
        assertThat(Transition.fromSlug("publish")).isNull();
        assertThat(Transition.fromSlug(null)).isNull();
    }

    @Test
    void leads_each_act_to_its_status() {
        assertThat(Transition.SUBMIT.target()).isEqualTo(ProjectStatus.SUBMITTED);
        assertThat(Transition.START_REVIEW.target()).isEqualTo(ProjectStatus.UNDER_REVIEW);
        assertThat(Transition.APPROVE.target()).isEqualTo(ProjectStatus.APPROVED);
        assertThat(Transition.REJECT.target()).isEqualTo(ProjectStatus.REJECTED);
        assertThat(Transition.START.target()).isEqualTo(ProjectStatus.IN_PROGRESS);
        assertThat(Transition.COMPLETE.target()).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(Transition.WITHDRAW.target()).isEqualTo(ProjectStatus.WITHDRAWN);
    }

    @Test
    void asks_a_comment_for_refusals_and_withdrawals_only_and_a_grant_for_approval_only() {
        assertThat(Arrays.stream(Transition.values()).filter(Transition::requiresComment))
                .containsExactlyInAnyOrder(Transition.REJECT, Transition.WITHDRAW);
        assertThat(Arrays.stream(Transition.values()).filter(Transition::requiresGrantedAmount))
                .containsExactly(Transition.APPROVE);
    }

    @Test
    void lets_only_approved_running_or_completed_projects_have_a_grant() {
        assertThat(Arrays.stream(ProjectStatus.values()).filter(ProjectStatus::mayHaveGrant))
                .containsExactlyInAnyOrder(ProjectStatus.APPROVED, ProjectStatus.IN_PROGRESS, ProjectStatus.COMPLETED);
    }
}
