package org.passerelle.ui.manage.support;

import static org.passerelle.ui.i18n.Translations.word;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.passerelle.backend.service.Conflict;

/**
 * Told when a save lands on a record someone else changed meanwhile: nothing was written, the manager's
 * edits are still in the form, and they choose to reload the other version or to keep editing theirs.
 */
public final class ConflictDialog {

    private ConflictDialog() {
    }

    /** True when {@code failure} is a stale-version refusal rather than another conflict. */
    public static boolean isStale(RuntimeException failure) {
        return failure instanceof Conflict conflict && "version".equals(conflict.field());
    }

    public static ConfirmDialog open(Runnable reload) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("conflict-dialog");
        dialog.setHeader(word("conflict.title"));
        dialog.setText(word("conflict.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(word("conflict.keep"));
        Button reloadButton = new Button(word("conflict.reload"), click -> {
            dialog.close();
            reload.run();
        });
        reloadButton.setId("conflict-reload");
        reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.setConfirmButton(reloadButton);
        dialog.open();
        return dialog;
    }
}
