package org.passerelle.ui.manage;

import static org.passerelle.ui.i18n.Translations.word;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.passerelle.backend.dataset.DatasetJson;
import org.passerelle.backend.security.Roles;
import org.passerelle.backend.service.AuditEntry;
import org.passerelle.backend.service.AuditService;
import org.passerelle.domain.audit.AuditAction;
import org.passerelle.domain.audit.AuditFilter;
import org.passerelle.ui.layout.MainLayout;
import org.passerelle.ui.manage.support.Labels;
import org.passerelle.ui.manage.support.Sorting;

/**
 * The audit log: who did what to which record and when, filtered by person, action, kind of record,
 * code and dates; a row opens to show the record before and after.
 */
@Route(value = "manage/audit", layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<AuditEntry> grid = new Grid<>();
    private final TextField actor = new TextField();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final TextField entityType = new TextField();
    private final TextField entityKey = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    @Inject
    public AuditView(AuditService audit) {
        addClassName("audit-view");
        setSizeFull();
        textFilter(actor, "audit.actor");
        textFilter(entityType, "audit.entityType");
        textFilter(entityKey, "audit.entityKey");
        action.setPlaceholder(word("audit.action"));
        action.setAriaLabel(word("audit.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(Labels::of);
        action.setClearButtonVisible(true);
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        for (DatePicker date : new DatePicker[] {from, to}) {
            date.setClearButtonVisible(true);
            date.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        from.setPlaceholder(word("audit.from"));
        from.setAriaLabel(word("audit.from"));
        to.setPlaceholder(word("audit.to"));
        to.setAriaLabel(word("audit.to"));

        grid.setId("audit-grid");
        grid.addColumn(AuditEntry::at).setHeader(word("audit.at")).setKey("at").setSortable(true).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(word("audit.actor")).setKey("actor").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(e -> Labels.of(e.action())).setHeader(word("audit.action")).setKey("action").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::entityType).setHeader(word("audit.entityType")).setKey("entityType")
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(AuditEntry::entityKey).setHeader(word("audit.entityKey")).setKey("entityKey")
                .setSortable(true).setFlexGrow(1);
        grid.setItems(query -> audit.list(filter(), Sorting.page(query)).items().stream(),
                query -> (int) audit.list(filter(), Sorting.countOnly()).total());
        grid.setItemDetailsRenderer(new ComponentRenderer<>(AuditView::details));
        grid.setEmptyStateText(word("audit.empty"));
        grid.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(actor, action, entityType, entityKey, from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        add(new H2(word("nav.audit")), filters, grid);
    }

    private void textFilter(TextField field, String key) {
        field.setPlaceholder(word(key));
        field.setAriaLabel(word(key));
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    }

    AuditFilter filter() {
        return new AuditFilter(blank(actor.getValue()), action.getValue(), blank(entityType.getValue()),
                blank(entityKey.getValue()), start(from.getValue()), end(to.getValue()));
    }

    static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The end of a day: the filter's upper bound includes the whole of it. */
    static Instant end(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static Div details(AuditEntry entry) {
        HorizontalLayout sides = new HorizontalLayout(side("audit.before", entry.before()),
                side("audit.after", entry.after()));
        sides.setWidthFull();
        Div div = new Div(sides);
        div.addClassName("audit-details");
        return div;
    }

    private static Div side(String key, JsonNode state) {
        Pre text = new Pre(pretty(state));
        text.addClassName("json");
        Div div = new Div(new H5(word(key)), text);
        div.setWidth("50%");
        return div;
    }

    static String pretty(JsonNode state) {
        if (state == null) {
            return word("audit.nothing");
        }
        try {
            return DatasetJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(state);
        } catch (JsonProcessingException e) {
            return state.toString();
        }
    }

    @Override
    public String getPageTitle() {
        return word("nav.audit") + " — Passerelle";
    }
}
