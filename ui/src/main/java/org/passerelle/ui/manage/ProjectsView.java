package org.passerelle.ui.manage;

import static org.passerelle.ui.i18n.Translations.word;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.passerelle.backend.security.Roles;
import org.passerelle.backend.service.ProjectService;
import org.passerelle.backend.service.ProjectView;
import org.passerelle.domain.project.ProjectFilter;
import org.passerelle.domain.project.ProjectStatus;
import org.passerelle.domain.shared.Axis;
import org.passerelle.ui.layout.MainLayout;
import org.passerelle.ui.manage.support.Labels;
import org.passerelle.ui.manage.support.Money;
import org.passerelle.ui.manage.support.Sorting;
import org.passerelle.ui.manage.support.StatusFacets;
import org.passerelle.ui.security.CurrentUser;

/**
 * Cooperation projects: lazy grid filtered by text, status (facets with counts), axis and programme;
 * a row opens the project with its workflow. {@code ?ref=CODE} opens one directly (from the dashboard).
 */
@Route(value = "manage/projects", layout = MainLayout.class)
@RolesAllowed(Roles.VIEWER)
public class ProjectsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ProjectService projects;
    private final Grid<ProjectView> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<Axis> axis = new ComboBox<>();
    private final TextField programme = new TextField();
    private final StatusFacets<ProjectStatus> facets;
    private final ProjectEditor editor;

    @Inject
    public ProjectsView(ProjectService projects, CurrentUser currentUser) {
        this.projects = projects;
        boolean mayEdit = currentUser.hasRole(Roles.MANAGER);
        boolean mayMove = mayEdit || currentUser.hasRole(Roles.REVIEWER);
        this.editor = new ProjectEditor(projects, mayEdit, mayMove, this::refresh);
        addClassName("projects-view");
        setSizeFull();

        search.setId("project-search");
        search.setPlaceholder(word("project.searchHint"));
        search.setAriaLabel(word("project.searchHint"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        axis.setPlaceholder(word("project.allAxes"));
        axis.setAriaLabel(word("project.axis"));
        axis.setItems(Axis.values());
        axis.setItemLabelGenerator(Labels::of);
        axis.setClearButtonVisible(true);
        axis.addValueChangeListener(e -> refresh());
        programme.setPlaceholder(word("project.programme"));
        programme.setAriaLabel(word("project.programme"));
        programme.setClearButtonVisible(true);
        programme.setValueChangeMode(ValueChangeMode.LAZY);
        programme.addValueChangeListener(e -> refresh());
        facets = new StatusFacets<>(ProjectStatus.values(),
                s -> projects.list(filter(s), Sorting.countOnly()).total(), () -> grid.getDataProvider().refreshAll());

        grid.setId("projects-grid");
        grid.addColumn(p -> p.project().reference()).setHeader(word("project.reference")).setKey("reference")
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(p -> p.project().title().fr()).setHeader(word("project.title")).setKey("title")
                .setSortable(true).setFlexGrow(3);
        grid.addColumn(p -> p.project().programme()).setHeader(word("project.programme")).setKey("programme")
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(p -> Labels.of(p.project().axis())).setHeader(word("project.axis")).setKey("axis")
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(p -> Labels.of(p.project().status())).setHeader(word("project.status")).setKey("status")
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(p -> Money.format(p.project().requestedAmount(), p.project().currency()))
                .setHeader(word("project.requestedAmount")).setKey("requestedAmount").setSortable(true).setAutoWidth(true);
        grid.addColumn(p -> Money.format(p.project().grantedAmount(), p.project().currency()))
                .setHeader(word("project.grantedAmount")).setKey("grantedAmount").setSortable(true).setAutoWidth(true);
        grid.setItems(query -> projects.list(filter(facets.selected()), Sorting.page(query)).items().stream(),
                query -> (int) projects.list(filter(facets.selected()), Sorting.countOnly()).total());
        grid.setSizeFull();
        grid.setEmptyStateText(word("project.empty"));
        grid.addItemClickListener(click -> editor.openExisting(click.getItem().project().reference()));

        Button create = new Button(word("project.new"), VaadinIcon.PLUS.create(), click -> editor.openNew());
        create.setId("project-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        create.setVisible(mayEdit);
        HorizontalLayout filters = new HorizontalLayout(search, axis, programme, create);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(word("nav.projects")), filters, facets, grid);
    }

    private ProjectFilter filter(ProjectStatus status) {
        return new ProjectFilter(search.getValue(), status, axis.getValue(), blank(programme.getValue()), null);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim().toUpperCase(java.util.Locale.ROOT);
    }

    private void refresh() {
        facets.recount();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("ref").ifPresent(ref -> {
            try {
                editor.openExisting(ref);
            } catch (RuntimeException missing) {
                org.passerelle.ui.manage.support.Problems.show(missing);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return word("nav.projects") + " — Passerelle";
    }
}
