package org.passerelle.ui.views;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.security.Roles;
import org.passerelle.backend.service.ProgrammeService;
import org.passerelle.domain.programme.ProgrammeFilter;
import org.passerelle.domain.programme.ProgrammeStatus;
import org.passerelle.domain.shared.PageRequest;
import org.passerelle.ui.layout.MainLayout;

/** Every programme, drafts included, in a lazily loaded grid with search and a status filter. */
@Route(value = "manage/programmes", layout = MainLayout.class)
@RouteAlias(value = "manage", layout = MainLayout.class)
@PageTitle("Programmes — Passerelle")
@RolesAllowed(Roles.VIEWER)
public class ProgrammesView extends VerticalLayout {

    private final ProgrammeService programmes;
    private final Grid<ProgrammeData> grid = new Grid<>(ProgrammeData.class, false);
    private final TextField search = new TextField();
    private final ComboBox<ProgrammeStatus> status = new ComboBox<>();

    @Inject
    public ProgrammesView(ProgrammeService programmes) {
        this.programmes = programmes;
        addClassName("programmes-view");
        setSizeFull();

        search.setPlaceholder("Code ou nom");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel("Rechercher un programme");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.setPlaceholder("Tous les statuts");
        status.setItems(ProgrammeStatus.values());
        status.setClearButtonVisible(true);
        status.setAriaLabel("Statut");
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(ProgrammeData::code).setHeader("Code").setKey("code").setSortable(true).setAutoWidth(true);
        grid.addColumn(p -> p.name().fr()).setHeader("Nom").setKey("name").setSortable(true).setFlexGrow(3);
        grid.addColumn(p -> p.axes().stream().map(Enum::name).collect(Collectors.joining(", ")))
                .setHeader("Axes").setFlexGrow(2);
        grid.addColumn(ProgrammeData::status).setHeader("Statut").setKey("status").setSortable(true).setAutoWidth(true);
        grid.addColumn(ProgrammeData::currency).setHeader("Devise").setKey("currency").setSortable(true).setAutoWidth(true);
        grid.setItems(query -> this.programmes.list(filter(),
                        new PageRequest(query.getOffset(), query.getLimit(), sort(query.getSortOrders())))
                .items().stream(),
                query -> (int) this.programmes.list(filter(), PageRequest.of(0, 1)).total());
        grid.setSizeFull();
        grid.setEmptyStateText("Aucun programme ne correspond à cette recherche.");

        add(new H2("Programmes"), new HorizontalLayout(search, status), grid);
    }

    private ProgrammeFilter filter() {
        return new ProgrammeFilter(search.getValue(), status.getValue());
    }

    static List<PageRequest.SortOrder> sort(List<QuerySortOrder> orders) {
        return orders.stream()
                .map(o -> new PageRequest.SortOrder(o.getSorted(), o.getDirection() == SortDirection.ASCENDING))
                .toList();
    }
}
