package org.passerelle.ui.manage;

import static org.passerelle.ui.i18n.Translations.word;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.passerelle.backend.dataset.DatasetExporter;
import org.passerelle.backend.dataset.DatasetImporter;
import org.passerelle.backend.dataset.DatasetJson;
import org.passerelle.backend.dataset.ImportMode;
import org.passerelle.backend.dataset.ImportSummary;
import org.passerelle.backend.dataset.ValidationError;
import org.passerelle.backend.dataset.ValidationException;
import org.passerelle.backend.security.Roles;
import org.passerelle.ui.layout.MainLayout;
import org.passerelle.ui.manage.support.Labels;
import org.passerelle.ui.manage.support.Problems;

/**
 * Import and export of the whole dataset (ADMIN). A file is uploaded (with progress), then imported in
 * the chosen mode; a refused file changes nothing and every problem is listed with its JSON path.
 */
@Route(value = "manage/dataset", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class DatasetView extends VerticalLayout implements HasDynamicTitle {

    private final DatasetImporter importer;
    private final MemoryBuffer buffer = new MemoryBuffer();
    private final Upload upload = new Upload(buffer);
    private final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>(word("dataset.mode"));
    private final Button importButton = new Button(word("dataset.import"), VaadinIcon.UPLOAD.create());
    private final Paragraph outcome = new Paragraph();
    private final Grid<ValidationError> errors = new Grid<>();
    private byte[] uploaded;

    @Inject
    public DatasetView(DatasetImporter importer, DatasetExporter exporter) {
        this.importer = importer;
        addClassName("dataset-view");
        setWidthFull();

        upload.setId("dataset-upload");
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(50 * 1024 * 1024);
        upload.addSucceededListener(done -> {
            uploaded = read(buffer.getInputStream());
            importButton.setEnabled(true);
            outcome.setText(word("dataset.uploaded", done.getFileName(), uploaded.length));
        });
        upload.addFileRejectedListener(rejected -> outcome.setText(word("dataset.rejectedFile")));
        mode.setId("dataset-mode");
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(Labels::of);
        mode.setValue(ImportMode.MERGE);
        importButton.setId("dataset-import");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(click -> importUploaded());
        outcome.setId("dataset-outcome");

        errors.setId("dataset-errors");
        errors.addColumn(ValidationError::path).setHeader(word("dataset.path")).setAutoWidth(true).setSortable(true);
        errors.addColumn(ValidationError::message).setHeader(word("dataset.message")).setFlexGrow(1);
        errors.setEmptyStateText(word("dataset.noErrors"));
        errors.setAllRowsVisible(true);
        errors.setVisible(false);

        Anchor download = new Anchor(new StreamResource("passerelle-dataset.json", () -> {
            try {
                return new ByteArrayInputStream(DatasetJson.mapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsBytes(exporter.export()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), word("dataset.download"));
        download.setId("dataset-download");
        download.getElement().setAttribute("download", true);

        add(new H2(word("nav.dataset")), new H3(word("dataset.importTitle")), new Paragraph(word("dataset.importHelp")),
                upload, mode, importButton, outcome, errors, new H3(word("dataset.exportTitle")),
                new Paragraph(word("dataset.exportHelp")), download);
    }

    void importUploaded() {
        if (uploaded == null) {
            return;
        }
        try {
            ImportSummary summary = importer.importDataset(new String(uploaded, StandardCharsets.UTF_8), mode.getValue());
            showErrors(List.of());
            outcome.setText(word("dataset.imported", summary.programmes(), summary.calls(), summary.organisations(),
                    summary.projects()));
            Problems.success(word("dataset.done"));
        } catch (ValidationException refused) {
            showErrors(refused.errors());
            outcome.setText(word("dataset.refused", refused.errors().size()));
        } catch (RuntimeException failure) {
            Problems.show(failure);
        }
    }

    void showErrors(List<ValidationError> found) {
        errors.setItems(found);
        errors.setVisible(!found.isEmpty());
    }

    private static byte[] read(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getPageTitle() {
        return word("nav.dataset") + " — Passerelle";
    }
}
