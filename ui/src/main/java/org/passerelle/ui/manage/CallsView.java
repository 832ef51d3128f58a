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
import org.passerelle.backend.dataset.CallData;
import org.passerelle.backend.security.Roles;
import org.passerelle.backend.service.CallService;
import org.passerelle.domain.call.CallFilter;
import org.passerelle.domain.call.CallState;
import org.passerelle.ui.layout.MainLayout;
import org.passerelle.ui.manage.support.EditDialog;
import org.passerelle.ui.manage.support.Money;
import org.passerelle.ui.manage.support.Sorting;
import org.passerelle.ui.manage.support.StatusFacets;
import org.passerelle.ui.security.CurrentUser;

/** Calls for projects: lazy grid filtered by text, programme and state (upcoming, open, closed); a form. */
@Route(value = "manage/calls", layout = MainLayout.class)
@RolesAllowed(Roles.VIEWER)
public class CallsView extends VerticalLayout implements HasDynamicTitle {

    private final CallService calls;
    private final Grid<CallData> grid = new Grid<>();
    private final TextField search = new TextField();
    private final TextField programme = new TextField();
    private final StatusFacets<CallState> states;
    private final CallForm form = new CallForm();
    private final EditDialog dialog;
    private CallForm.Draft draft;
    private Long version;

    @Inject
    public CallsView(CallService calls, CurrentUser currentUser) {
        this.calls = calls;
        boolean mayEdit = currentUser.hasRole(Roles.MANAGER);
        addClassName("calls-view");
        setSizeFull();
        dialog = new EditDialog("call-editor", form, this::save);
        search.setPlaceholder(word("call.searchHint"));
        search.setAriaLabel(word("call.searchHint"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        programme.setPlaceholder(word("call.programme"));
        programme.setAriaLabel(word("call.programme"));
        programme.setClearButtonVisible(true);
        programme.setValueChangeMode(ValueChangeMode.LAZY);
        states = new StatusFacets<>(CallState.values(), s -> calls.list(filter(s), Sorting.countOnly()).total(),
                () -> grid.getDataProvider().refreshAll());
        search.addValueChangeListener(e -> refresh());
        programme.addValueChangeListener(e -> refresh());

        grid.setId("calls-grid");
        grid.addColumn(CallData::code).setHeader(word("call.code")).setKey("code").setSortable(true).setAutoWidth(true);
        grid.addColumn(c -> c.title() == null ? "" : c.title().fr()).setHeader(word("call.title")).setKey("title")
                .setSortable(true).setFlexGrow(3);
        grid.addColumn(CallData::programme).setHeader(word("call.programme")).setKey("programme").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(CallData::opensOn).setHeader(word("call.opensOn")).setKey("opensOn").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(CallData::closesOn).setHeader(word("call.closesOn")).setKey("closesOn").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(c -> Money.format(c.budget(), null)).setHeader(word("call.budget")).setAutoWidth(true);
        grid.setItems(query -> calls.list(filter(states.selected()), Sorting.page(query)).items().stream(),
                query -> (int) calls.list(filter(states.selected()), Sorting.countOnly()).total());
        grid.setSizeFull();
        grid.setEmptyStateText(word("call.empty"));
        grid.addItemClickListener(click -> edit(click.getItem().code(), mayEdit));

        Button create = new Button(word("call.new"), VaadinIcon.PLUS.create(), click -> {
            draft = new CallForm.Draft();
            version = null;
            form.read(draft, false, true);
            dialog.open(word("call.new"), true);
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        create.setVisible(mayEdit);
        HorizontalLayout toolbar = new HorizontalLayout(search, programme, states, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(word("nav.calls")), toolbar, grid);
    }

    private void edit(String code, boolean mayEdit) {
        CallService.Versioned found = calls.get(code);
        draft = CallForm.Draft.of(found.call());
        version = found.version();
        form.read(draft, true, mayEdit);
        dialog.open(word("call.edit", code), mayEdit);
    }

    private boolean save() {
        if (!form.writeIfValid(draft)) {
            org.passerelle.ui.manage.support.Problems.invalidForm();
            return false;
        }
        CallData data = draft.toData();
        boolean saved = EditDialog.attempt(() -> {
            if (version == null) {
                calls.create(data);
            } else {
                calls.update(data.code(), data, version);
            }
        }, () -> edit(data.code(), true), word("call.saved", data.code()));
        if (saved) {
            refresh();
        }
        return saved;
    }

    private CallFilter filter(CallState state) {
        String code = programme.getValue() == null || programme.getValue().isBlank() ? null
                : programme.getValue().trim().toUpperCase(java.util.Locale.ROOT);
        return new CallFilter(search.getValue(), code, state, null);
    }

    private void refresh() {
        states.recount();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return word("nav.calls") + " — Passerelle";
    }
}
