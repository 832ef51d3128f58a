package org.passerelle.ui.manage;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.backend.dataset.DatasetExporter;
import org.passerelle.backend.dataset.ValidationError;

class DatasetViewTest {

    @BeforeEach
    void a_ui_for_the_upload() {
        UI.setCurrent(new UI());
    }

    @AfterEach
    void no_ui() {
        UI.setCurrent(null);
    }

    @Test
    void lists_every_error_with_its_path_and_hides_the_grid_when_there_is_none() {
        DatasetView view = new DatasetView(null, new DatasetExporter());
        Grid<ValidationError> errors = errorsGrid(view);
        assertThat(errors.isVisible()).isFalse();

        view.showErrors(List.of(new ValidationError("$.programmes[0].code", "bad code"),
                new ValidationError("$.projects[0].programme", "no such programme")));

        assertThat(errors.isVisible()).isTrue();
        @SuppressWarnings("unchecked")
        ListDataProvider<ValidationError> rows = (ListDataProvider<ValidationError>) errors.getDataProvider();
        assertThat(rows.getItems()).extracting(ValidationError::path)
                .containsExactly("$.programmes[0].code", "$.projects[0].programme");

        view.showErrors(List.of());
        assertThat(errors.isVisible()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ValidationError> errorsGrid(DatasetView view) {
        return (Grid<ValidationError>) view.getChildren().filter(Grid.class::isInstance).findFirst().orElseThrow();
    }
}
