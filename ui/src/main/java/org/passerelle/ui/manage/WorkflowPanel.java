package org.passerelle.ui.manage;

import static org.passerelle.ui.i18n.Translations.word;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.passerelle.backend.service.ProjectView;
import org.passerelle.domain.project.ProjectStatus;
import org.passerelle.domain.project.Transition;
import org.passerelle.ui.manage.support.Labels;

/**
 * Where a project stands and where it may go: its status, one button per transition allowed now (none
 * for a role that may not move projects), a prompt for the granted amount or the reason when the move
 * needs one, and the status history.
 */
public class WorkflowPanel extends VerticalLayout {

    /** A move the manager asked for, with what it needs. */
    public record Move(Transition transition, BigDecimal grantedAmount, String comment) {
    }

    private final Span status = new Span();
    private final FlexLayout actions = new FlexLayout();
    private final Grid<ProjectView.Step> history = new Grid<>();
    private final Consumer<Move> mover;

    public WorkflowPanel(Consumer<Move> mover) {
        this.mover = mover;
        addClassName("workflow-panel");
        setPadding(false);
        status.setId("project-status");
        actions.setId("workflow-actions");
        actions.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        history.setId("project-history");
        history.addColumn(s -> when(s.at(), getLocale(), ZoneId.systemDefault())).setHeader(word("history.at")).setAutoWidth(true);
        history.addColumn(s -> Labels.of(s.from())).setHeader(word("history.from")).setAutoWidth(true);
        history.addColumn(s -> Labels.of(s.to())).setHeader(word("history.to")).setAutoWidth(true);
        history.addColumn(ProjectView.Step::actor).setHeader(word("history.actor")).setAutoWidth(true);
        history.addColumn(ProjectView.Step::comment).setHeader(word("history.comment")).setFlexGrow(1);
        history.setAllRowsVisible(true);
        history.setEmptyStateText(word("history.empty"));
        add(new H4(word("project.workflow")), status, actions, new H4(word("project.history")), history);
    }

    /** Shows {@code project}; transition buttons only when {@code mayMove}. */
    public void show(ProjectView project, boolean mayMove) {
        ProjectStatus current = project.project().status();
        status.setText(Labels.of(current));
        status.getElement().setAttribute("theme", "badge " + (current.isFinal() ? "contrast" : "success"));
        actions.removeAll();
        if (mayMove) {
            transitions(project).forEach(t -> actions.add(button(t)));
        }
        if (actions.getComponentCount() == 0) {
            actions.add(new Span(word(current.isFinal() ? "project.finalStatus" : "project.noMove")));
        }
        history.setItems(project.history() == null ? List.of() : project.history());
    }

    /** A history instant as a manager reads it, in their language and the server's time zone. */
    static String when(String instant, Locale locale, ZoneId zone) {
        try {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale).withZone(zone).format(Instant.parse(instant));
        } catch (DateTimeParseException | NullPointerException notAnInstant) {
            return instant == null ? "" : instant;
        }
    }

    static List<Transition> transitions(ProjectView project) {
        return project.allowedTransitions().stream().map(Transition::fromSlug).filter(Objects::nonNull).toList();
    }

    private Button button(Transition transition) {
        Button button = new Button(Labels.of(transition), click -> ask(transition));
        button.setId("transition-" + transition.slug());
        if (transition == Transition.REJECT || transition == Transition.WITHDRAW) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        } else {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    /** A move that needs nothing happens at once; otherwise a small dialog asks for the amount or reason. */
    void ask(Transition transition) {
        if (!transition.requiresGrantedAmount() && !transition.requiresComment()) {
            mover.accept(new Move(transition, null, null));
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("transition-dialog");
        dialog.setHeaderTitle(Labels.of(transition));
        BigDecimalField amount = new BigDecimalField(word("project.grantedAmount"));
        amount.setId("transition-amount");
        amount.setVisible(transition.requiresGrantedAmount());
        amount.setRequiredIndicatorVisible(transition.requiresGrantedAmount());
        TextArea comment = new TextArea(word(transition.requiresComment() ? "history.reason" : "history.comment"));
        comment.setId("transition-comment");
        comment.setRequiredIndicatorVisible(transition.requiresComment());
        comment.setWidthFull();
        dialog.add(new VerticalLayout(amount, comment));
        Button confirm = new Button(word("action.confirm"), click -> {
            boolean ok = true;
            if (transition.requiresGrantedAmount() && (amount.getValue() == null || amount.getValue().signum() <= 0)) {
                amount.setInvalid(true);
                amount.setErrorMessage(word("validation.positive"));
                ok = false;
            }
            if (transition.requiresComment() && comment.getValue().isBlank()) {
                comment.setInvalid(true);
                comment.setErrorMessage(word("validation.required"));
                ok = false;
            }
            if (ok) {
                dialog.close();
                mover.accept(new Move(transition, amount.getValue(),
                        comment.getValue().isBlank() ? null : comment.getValue().trim()));
            }
        });
        confirm.setId("transition-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(word("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    FlexLayout actions() {
        return actions;
    }
}
