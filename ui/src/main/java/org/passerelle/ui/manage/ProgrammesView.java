package org.passerelle.ui.manage;

import static org.passerelle.ui.i18n.Translations.word;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.security.Roles;
import org.passerelle.backend.service.ProgrammeService;
import org.passerelle.domain.programme.ProgrammeFilter;
import org.passerelle.domain.programme.ProgrammeStatus;
import org.passerelle.ui.layout.MainLayout;
import org.passerelle.ui.manage.support.Labels;
import org.passerelle.ui.manage.support.Sorting;
import org.passerelle.ui.manage.support.StatusFacets;
import org.passerelle.ui.security.CurrentUser;

/**
 * Every programme, drafts included, in a lazily loaded grid with a search box and status facets
 * (each with its count); a row opens the editor. Alt+N starts a new programme.
 */
@Route(value = "manage/programmes", layout = MainLayout.class)
@RolesAllowed(Roles.VIEWER)
public class ProgrammesView extends VerticalLayout implements HasDynamicTitle {

    private final ProgrammeService programmes;
    private final Grid<ProgrammeData> grid = new Grid<>(ProgrammeData.class, false);
    private final TextField search = new TextField();
    private final StatusFacets<ProgrammeStatus> facets;
    private final ProgrammeEditor editor;

    @Inject
    public ProgrammesView(ProgrammeService programmes, CurrentUser currentUser) {
        this.programmes = programmes;
        boolean mayEdit = currentUser.hasRole(Roles.MANAGER);
        this.editor = new ProgrammeEditor(programmes, mayEdit, this::refresh);
        addClassName("programmes-view");
        setSizeFull();

        search.setId("programme-search");
        search.setPlaceholder(word("programme.searchHint"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel(word("programme.searchHint"));
        search.addValueChangeListener(e -> refresh());
        facets = new StatusFacets<>(ProgrammeStatus.values(),
                s -> programmes.list(new ProgrammeFilter(search.getValue(), s), Sorting.countOnly()).total(),
                this::refreshGrid);

        grid.setId("programmes-grid");
        grid.addColumn(ProgrammeData::code).setHeader(word("programme.code")).setKey("code").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(p -> p.name().fr()).setHeader(word("programme.name")).setKey("name").setSortable(true)
                .setFlexGrow(3);
        grid.addColumn(p -> p.axes().stream().map(Labels::of).collect(Collectors.joining(", ")))
                .setHeader(word("programme.axes")).setFlexGrow(2);
        grid.addColumn(p -> Labels.of(p.status())).setHeader(word("programme.status")).setKey("status")
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(ProgrammeData::currency).setHeader(word("programme.currency")).setKey("currency")
                .setSortable(true).setAutoWidth(true);
        grid.setItems(query -> programmes.list(filter(), Sorting.page(query)).items().stream(),
                query -> (int) programmes.list(filter(), Sorting.countOnly()).total());
        grid.setSizeFull();
        grid.setEmptyStateText(word("programme.empty"));
        grid.addItemClickListener(click -> editor.openExisting(click.getItem().code()));

        Button create = new Button(word("programme.new"), VaadinIcon.PLUS.create(), click -> editor.openNew());
        create.setId("programme-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        create.setVisible(mayEdit);
        HorizontalLayout toolbar = new HorizontalLayout(search, facets, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.expand(facets);

        add(new H2(word("nav.programmes")), toolbar, grid);
    }

    private ProgrammeFilter filter() {
        return new ProgrammeFilter(search.getValue(), facets.selected());
    }

    private void refresh() {
        facets.recount();
        refreshGrid();
    }

    private void refreshGrid() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return word("nav.programmes") + " — Passerelle";
    }
}
