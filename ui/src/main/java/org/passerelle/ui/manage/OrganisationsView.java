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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.passerelle.backend.dataset.OrganisationData;
import org.passerelle.backend.security.Roles;
import org.passerelle.backend.service.OrganisationService;
import org.passerelle.domain.organisation.OrganisationFilter;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Territory;
import org.passerelle.ui.layout.MainLayout;
import org.passerelle.ui.manage.support.EditDialog;
import org.passerelle.ui.manage.support.Labels;
import org.passerelle.ui.manage.support.Problems;
import org.passerelle.ui.manage.support.Sorting;
import org.passerelle.ui.security.CurrentUser;

/** Organisations (leads and partners of projects): lazy grid filtered by text, type and territory; a form. */
@Route(value = "manage/organisations", layout = MainLayout.class)
@RolesAllowed(Roles.VIEWER)
public class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisationService organisations;
    private final Grid<OrganisationData> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<ApplicantType> type = new ComboBox<>();
    private final ComboBox<Territory> territory = new ComboBox<>();
    private final OrganisationForm form = new OrganisationForm();
    private final EditDialog dialog;
    private OrganisationForm.Draft draft;
    private Long version;

    @Inject
    public OrganisationsView(OrganisationService organisations, CurrentUser currentUser) {
        this.organisations = organisations;
        boolean mayEdit = currentUser.hasRole(Roles.MANAGER);
        addClassName("organisations-view");
        setSizeFull();
        dialog = new EditDialog("organisation-editor", form, this::save);
        search.setPlaceholder(word("organisation.searchHint"));
        search.setAriaLabel(word("organisation.searchHint"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        type.setPlaceholder(word("organisation.type"));
        type.setAriaLabel(word("organisation.type"));
        type.setItems(ApplicantType.values());
        type.setItemLabelGenerator(Labels::of);
        type.setClearButtonVisible(true);
        type.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        territory.setPlaceholder(word("organisation.territory"));
        territory.setAriaLabel(word("organisation.territory"));
        territory.setItems(Territory.values());
        territory.setItemLabelGenerator(Labels::of);
        territory.setClearButtonVisible(true);
        territory.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("organisations-grid");
        grid.addColumn(OrganisationData::code).setHeader(word("organisation.code")).setKey("code").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(OrganisationData::name).setHeader(word("organisation.name")).setKey("name").setSortable(true)
                .setFlexGrow(3);
        grid.addColumn(o -> Labels.of(o.type())).setHeader(word("organisation.type")).setKey("type").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(o -> Labels.of(o.territory())).setHeader(word("organisation.territory")).setKey("territory")
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(OrganisationData::city).setHeader(word("organisation.city")).setKey("city").setSortable(true)
                .setAutoWidth(true);
        grid.setItems(query -> organisations.list(filter(), Sorting.page(query)).items().stream(),
                query -> (int) organisations.list(filter(), Sorting.countOnly()).total());
        grid.setSizeFull();
        grid.setEmptyStateText(word("organisation.empty"));
        grid.addItemClickListener(click -> edit(click.getItem().code(), mayEdit));

        Button create = new Button(word("organisation.new"), VaadinIcon.PLUS.create(), click -> {
            draft = new OrganisationForm.Draft();
            version = null;
            form.read(draft, false, true);
            dialog.open(word("organisation.new"), true);
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        create.setVisible(mayEdit);
        HorizontalLayout toolbar = new HorizontalLayout(search, type, territory, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(word("nav.organisations")), toolbar, grid);
    }

    private void edit(String code, boolean mayEdit) {
        OrganisationService.Versioned found = organisations.get(code);
        draft = OrganisationForm.Draft.of(found.organisation());
        version = found.version();
        form.read(draft, true, mayEdit);
        dialog.open(word("organisation.edit", code), mayEdit);
    }

    private boolean save() {
        if (!form.writeIfValid(draft)) {
            Problems.invalidForm();
            return false;
        }
        OrganisationData data = draft.toData();
        boolean saved = EditDialog.attempt(() -> {
            if (version == null) {
                organisations.create(data);
            } else {
                organisations.update(data.code(), data, version);
            }
        }, () -> edit(data.code(), true), word("organisation.saved", data.code()));
        if (saved) {
            grid.getDataProvider().refreshAll();
        }
        return saved;
    }

    private OrganisationFilter filter() {
        return new OrganisationFilter(search.getValue(), type.getValue(), territory.getValue());
    }

    @Override
    public String getPageTitle() {
        return word("nav.organisations") + " — Passerelle";
    }
}
