package org.passerelle.ui.manage;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passerelle.backend.service.ProjectView;
import org.passerelle.domain.project.ProjectStatus;
import org.passerelle.domain.project.Transition;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Currency;

class WorkflowPanelTest {

    private final List<WorkflowPanel.Move> moves = new ArrayList<>();
    private final WorkflowPanel panel = new WorkflowPanel(moves::add);

    @Test
    void shows_history_instants_in_the_managers_language_and_time_zone() {
        ZoneId paris = ZoneId.of("Europe/Paris");

        assertThat(WorkflowPanel.when("2026-03-01T09:30:00Z", Locale.FRENCH, paris))
                .contains("1 mars 2026").contains("10:30");
        assertThat(WorkflowPanel.when("2026-03-01T09:30:00Z", Locale.ENGLISH, paris))
                .contains("Mar 1, 2026").contains("10:30");
        assertThat(WorkflowPanel.when("not an instant", Locale.FRENCH, paris)).isEqualTo("not an instant");
    }

    @Test
    void offers_exactly_the_transitions_the_project_may_take() {
        panel.show(view(ProjectStatus.UNDER_REVIEW), true);

        assertThat(buttonIds()).containsExactly("transition-approve", "transition-reject", "transition-withdraw");
    }

    @Test
    void offers_nothing_to_a_role_that_may_not_move_projects() {
        panel.show(view(ProjectStatus.SUBMITTED), false);

        assertThat(buttonIds()).isEmpty();
    }

    @Test
    void offers_nothing_once_the_project_is_closed() {
        panel.show(view(ProjectStatus.COMPLETED), true);

        assertThat(buttonIds()).isEmpty();
    }

    @Test
    void moves_at_once_when_the_transition_needs_no_amount_nor_reason() {
        panel.show(view(ProjectStatus.DRAFT), true);

        button("transition-submit").click();

        assertThat(moves).containsExactly(new WorkflowPanel.Move(Transition.SUBMIT, null, null));
    }

    private static ProjectView view(ProjectStatus status) {
        return new ProjectView(Samples.project("P-1", status, Axis.CULTURE, Currency.EUR, "1000", null, null, "ORG"),
                3, Transition.from(status).stream().map(Transition::slug).toList(),
                List.of(new ProjectView.Step("2026-01-01T00:00:00Z", "admin", null, ProjectStatus.DRAFT, null)));
    }

    private List<String> buttonIds() {
        return panel.actions().getChildren().filter(Button.class::isInstance).map(c -> c.getId().orElse(""))
                .toList();
    }

    private Button button(String id) {
        return (Button) panel.actions().getChildren().filter(c -> id.equals(c.getId().orElse(null))).findFirst()
                .map(Component.class::cast).orElseThrow();
    }
}
