package org.passerelle.ui.manage;

import static org.passerelle.ui.i18n.Translations.word;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.function.Supplier;
import org.passerelle.backend.service.ProjectService;
import org.passerelle.backend.service.ProjectView;
import org.passerelle.ui.manage.support.ConflictDialog;
import org.passerelle.ui.manage.support.Problems;

/**
 * A project: its record in a buffered form (MANAGER), and its workflow and history (MANAGER or
 * REVIEWER). Every change names the version it was based on; a stale one is refused, edits kept.
 */
public class ProjectEditor extends Dialog {

    private final ProjectService projects;
    private final Runnable onChange;
    private final boolean mayEdit;
    private final boolean mayMove;
    private final ProjectForm form = new ProjectForm();
    private final WorkflowPanel workflow;
    private final Button save = new Button(word("action.save"));
    private final TabSheet tabs = new TabSheet();
    private ProjectDraft draft;
    private ProjectView shown;

    public ProjectEditor(ProjectService projects, boolean mayEdit, boolean mayMove, Runnable onChange) {
        this.projects = projects;
        this.mayEdit = mayEdit;
        this.mayMove = mayMove;
        this.onChange = onChange;
        this.workflow = new WorkflowPanel(this::move);
        setId("project-editor");
        setWidth("min(1100px, 96vw)");
        setHeight("90vh");
        setResizable(true);
        tabs.add(word("project.workflow"), workflow);
        tabs.add(word("project.record"), form);
        tabs.setSizeFull();
        add(tabs);
        save.setId("project-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        save.addClickListener(click -> save());
        Button close = new Button(word("action.close"), click -> close());
        close.setId("project-close");
        getFooter().add(close, save);
    }

    public void openNew() {
        draft = new ProjectDraft();
        shown = null;
        setHeaderTitle(word("project.new"));
        form.read(draft, false, mayEdit);
        workflow.setVisible(false);
        tabs.setSelectedIndex(1);
        save.setVisible(mayEdit);
        open();
    }

    public void openExisting(String reference) {
        show(projects.get(reference));
        open();
    }

    private void show(ProjectView project) {
        shown = project;
        draft = ProjectDraft.of(project.project());
        setHeaderTitle(word("project.edit", project.project().reference()));
        form.read(draft, true, mayEdit);
        workflow.setVisible(true);
        workflow.show(project, mayMove);
        save.setVisible(mayEdit);
    }

    private void save() {
        if (!form.writeIfValid(draft)) {
            Problems.invalidForm();
            return;
        }
        run(() -> shown == null ? projects.create(draft.toData())
                : projects.update(shown.project().reference(), draft.toData(), shown.version()), "project.saved");
    }

    private void move(WorkflowPanel.Move move) {
        run(() -> projects.transition(shown.project().reference(), move.transition(), move.grantedAmount(),
                move.comment(), shown.version()), "project.moved");
    }

    private void run(Supplier<ProjectView> change, String doneKey) {
        String reference = shown == null ? draft.getReference() : shown.project().reference();
        try {
            ProjectView saved = change.get();
            // the listing does not carry the history: read the whole project again
            show(projects.get(saved.project().reference()));
            workflow.setVisible(true);
            Problems.success(word(doneKey, saved.project().reference()));
            onChange.run();
        } catch (RuntimeException failure) {
            if (ConflictDialog.isStale(failure)) {
                ConflictDialog.open(() -> show(projects.get(reference)));
            } else {
                Problems.show(failure);
            }
        }
    }
}
