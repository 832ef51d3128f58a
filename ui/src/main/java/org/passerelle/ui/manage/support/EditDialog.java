package org.passerelle.ui.manage.support;

import static org.passerelle.ui.i18n.Translations.word;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Supplier;

/**
 * A dialog around a record's form with Save (Ctrl+S) and Close (Esc). The save action reports whether
 * the record was stored; on a refusal the dialog stays open with what was typed.
 */
public class EditDialog extends Dialog {

    private final Button save = new Button(word("action.save"));

    public EditDialog(String id, Component form, Supplier<Boolean> saveAction) {
        setId(id);
        setWidth("min(800px, 96vw)");
        add(form);
        save.setId(id + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        save.addClickListener(click -> {
            if (saveAction.get()) {
                close();
            }
        });
        Button close = new Button(word("action.close"), click -> close());
        getFooter().add(close, save);
    }

    public void open(String title, boolean mayEdit) {
        setHeaderTitle(title);
        save.setVisible(mayEdit);
        open();
    }

    /**
     * Runs a change: true when stored; a stale version offers a reload (edits stay in the form), any
     * other refusal is told in plain words.
     */
    public static boolean attempt(Runnable change, Runnable reload, String done) {
        try {
            change.run();
            Problems.success(done);
            return true;
        } catch (RuntimeException failure) {
            if (ConflictDialog.isStale(failure)) {
                ConflictDialog.open(reload);
            } else {
                Problems.show(failure);
            }
            return false;
        }
    }
}
