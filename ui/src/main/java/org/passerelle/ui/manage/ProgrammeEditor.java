package org.passerelle.ui.manage;

import static org.passerelle.ui.i18n.Translations.word;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Locale;
import java.util.function.Function;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.service.ProgrammeService;
import org.passerelle.domain.programme.ProgrammeStatus;
import org.passerelle.ui.manage.support.ConflictDialog;
import org.passerelle.ui.manage.support.Labels;
import org.passerelle.ui.manage.support.Problems;

/**
 * The programme editor: the form, a live preview of the criteria as an applicant will read them, and
 * the actions the manager's role allows (save with Ctrl+S, publish, archive, back to draft). A save over
 * someone else's newer version is refused and the edits stay on screen.
 */
public class ProgrammeEditor extends Dialog {

    private final ProgrammeService programmes;
    private final Runnable onChange;
    private final boolean mayEdit;
    private final ProgrammeForm form = new ProgrammeForm();
    private final UnorderedList preview = new UnorderedList();
    private final Span status = new Span();
    private final Button save = new Button(word("action.save"));
    private final Button publish = new Button(word("programme.publish"));
    private final Button archive = new Button(word("programme.archive"));
    private final Button unpublish = new Button(word("programme.unpublish"));
    private ProgrammeDraft draft;
    private Long version;

    public ProgrammeEditor(ProgrammeService programmes, boolean mayEdit, Runnable onChange) {
        this.programmes = programmes;
        this.mayEdit = mayEdit;
        this.onChange = onChange;
        setId("programme-editor");
        setWidth("min(1200px, 96vw)");
        setHeight("90vh");
        setDraggable(true);
        setResizable(true);

        preview.setId("criteria-preview");
        Div previewPanel = new Div(new H4(word("programme.preview")), preview);
        previewPanel.addClassName("criteria-preview");
        form.addClassName("editor-form");
        HorizontalLayout body = new HorizontalLayout(form, previewPanel);
        body.setSizeFull();
        body.setFlexGrow(3, form);
        body.setFlexGrow(1, previewPanel);
        add(body);
        form.binder().addValueChangeListener(change -> refreshPreview());

        save.setId("programme-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        save.addClickListener(click -> save());
        publish.setId("programme-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        publish.addClickListener(click -> act(data -> programmes.publish(data.code(), version), "programme.published"));
        archive.setId("programme-archive");
        archive.addClickListener(click -> act(data -> programmes.archive(data.code(), version), "programme.archived"));
        unpublish.setId("programme-unpublish");
        unpublish.addClickListener(click -> act(data -> programmes.unpublish(data.code(), version), "programme.unpublished"));
        Button close = new Button(word("action.close"), click -> close());
        close.setId("programme-close");
        status.addClassName("status-badge");
        getHeader().add(status);
        getFooter().add(close, unpublish, archive, publish, save);
    }

    /** A blank programme for a manager to fill in. */
    public void openNew() {
        show(new ProgrammeDraft(), null);
    }

    public void openExisting(String code) {
        ProgrammeService.Versioned found = programmes.get(code);
        show(ProgrammeDraft.of(found.programme()), found.version());
    }

    private void show(ProgrammeDraft shown, Long shownVersion) {
        draft = shown;
        version = shownVersion;
        boolean existing = shownVersion != null;
        setHeaderTitle(existing ? word("programme.edit", shown.getCode()) : word("programme.new"));
        form.read(shown, existing);
        form.setReadOnlyForm(!mayEdit);
        save.setVisible(mayEdit);
        ProgrammeStatus current = shown.getStatus();
        publish.setVisible(mayEdit && existing && current != ProgrammeStatus.PUBLISHED);
        archive.setVisible(mayEdit && existing && current != ProgrammeStatus.ARCHIVED);
        unpublish.setVisible(mayEdit && existing && current != ProgrammeStatus.DRAFT);
        status.setText(Labels.of(current));
        status.getElement().setAttribute("theme", "badge " + (current == ProgrammeStatus.PUBLISHED ? "success" : "contrast"));
        refreshPreview();
        open();
    }

    void refreshPreview() {
        preview.removeAll();
        Locale locale = UI.getCurrent() == null ? Locale.FRENCH : UI.getCurrent().getLocale();
        CriteriaText.sentences(form.snapshot().toData(), locale).forEach(s -> preview.add(new ListItem(s)));
    }

    private void save() {
        if (!form.writeIfValid(draft)) {
            Problems.invalidForm();
            return;
        }
        ProgrammeData data = draft.toData();
        act(d -> version == null ? programmes.create(data) : programmes.update(data.code(), data, version),
                "programme.saved");
    }

    /** Runs a change; on success shows the saved state, on a stale version offers a reload, edits kept. */
    private void act(Function<ProgrammeData, ProgrammeService.Versioned> change, String doneKey) {
        ProgrammeData data = draft.toData();
        try {
            ProgrammeService.Versioned saved = change.apply(data);
            Problems.success(word(doneKey, saved.programme().code()));
            onChange.run();
            show(ProgrammeDraft.of(saved.programme()), saved.version());
        } catch (RuntimeException failure) {
            if (ConflictDialog.isStale(failure)) {
                ConflictDialog.open(() -> openExisting(data.code()));
            } else {
                Problems.show(failure);
            }
        }
    }

    ProgrammeForm form() {
        return form;
    }

    UnorderedList preview() {
        return preview;
    }
}
