package org.passerelle.ui.manage;

import static org.passerelle.ui.i18n.Translations.word;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.backend.dataset.CallData;
import org.passerelle.backend.dataset.OrganisationData;
import org.passerelle.backend.dataset.ProjectData;
import org.passerelle.backend.security.Roles;
import org.passerelle.backend.service.CallService;
import org.passerelle.backend.service.OrganisationService;
import org.passerelle.backend.service.ProgrammeService;
import org.passerelle.backend.service.ProjectService;
import org.passerelle.backend.service.ProjectView;
import org.passerelle.domain.call.CallFilter;
import org.passerelle.domain.call.CallState;
import org.passerelle.domain.organisation.OrganisationFilter;
import org.passerelle.domain.programme.ProgrammeFilter;
import org.passerelle.domain.programme.ProgrammeStatus;
import org.passerelle.domain.project.ProjectFilter;
import org.passerelle.domain.project.ProjectStatus;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.PageRequest;
import org.passerelle.domain.shared.Territory;
import org.passerelle.ui.layout.MainLayout;
import org.passerelle.ui.manage.support.BarChart;
import org.passerelle.ui.manage.support.Labels;
import org.passerelle.ui.manage.support.Money;

/**
 * The partnership at a glance: key figures, projects by status, amounts requested and granted by axis,
 * year and territory in EUR and in CAD (charts drawn on the server as SVG), the calls closing soonest and
 * the projects waiting for review.
 */
@Route(value = "manage", layout = MainLayout.class)
@RouteAlias(value = "manage/dashboard", layout = MainLayout.class)
@RolesAllowed(Roles.VIEWER)
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    static final String REQUESTED_COLOUR = "#1f5fb8";
    static final String GRANTED_COLOUR = "#c8203a";

    @Inject
    public DashboardView(ProgrammeService programmes, CallService calls, ProjectService projects,
            OrganisationService organisations) {
        addClassName("dashboard-view");
        setWidthFull();
        List<ProjectData> all = allProjects(projects);
        Map<String, Territory> territories = territories(organisations);
        Figures figures = Figures.of(all, territories::get);

        FlexLayout cards = new FlexLayout(
                card("dashboard.programmes", programmes.list(new ProgrammeFilter(null, null), PageRequest.of(0, 1)).total()),
                card("dashboard.published", programmes.list(new ProgrammeFilter(null, ProgrammeStatus.PUBLISHED),
                        PageRequest.of(0, 1)).total()),
                card("dashboard.openCalls", calls.list(new CallFilter(null, null, CallState.OPEN, null),
                        PageRequest.of(0, 1)).total()),
                card("dashboard.projects", figures.projects()));
        cards.addClassName("cards");
        cards.setId("dashboard-cards");

        FlexLayout statuses = new FlexLayout();
        statuses.addClassName("cards");
        figures.byStatus().forEach((status, count) -> statuses.add(small(Labels.of(status), count)));

        FlexLayout charts = new FlexLayout();
        charts.addClassName("charts");
        for (Currency currency : Currency.values()) {
            charts.add(chart(word("dashboard.byAxis", currency), figures.byAxis().get(currency), currency, true));
            charts.add(chart(word("dashboard.byYear", currency), figures.byYear().get(currency), currency, false));
            charts.add(chart(word("dashboard.byTerritory", currency), figures.byTerritory().get(currency), currency, true));
        }

        Grid<CallData> closing = new Grid<>();
        closing.setId("calls-closing");
        closing.addColumn(CallData::code).setHeader(word("call.code")).setAutoWidth(true);
        closing.addColumn(c -> c.title() == null ? "" : c.title().fr()).setHeader(word("call.title")).setFlexGrow(2);
        closing.addColumn(CallData::closesOn).setHeader(word("call.closesOn")).setAutoWidth(true);
        closing.setItems(calls.list(new CallFilter(null, null, CallState.OPEN, null),
                PageRequest.of(0, 5, PageRequest.SortOrder.asc("closesOn"))).items());
        closing.setAllRowsVisible(true);
        closing.setEmptyStateText(word("dashboard.noClosing"));

        Grid<ProjectView> waiting = new Grid<>();
        waiting.setId("projects-waiting");
        waiting.addColumn(p -> p.project().reference()).setHeader(word("project.reference")).setAutoWidth(true);
        waiting.addColumn(p -> p.project().title().fr()).setHeader(word("project.title")).setFlexGrow(2);
        waiting.addColumn(p -> Labels.of(p.project().status())).setHeader(word("project.status")).setAutoWidth(true);
        waiting.addColumn(p -> Money.format(p.project().requestedAmount(), p.project().currency()))
                .setHeader(word("project.requestedAmount")).setAutoWidth(true);
        List<ProjectView> toReview = new ArrayList<>();
        for (ProjectStatus status : List.of(ProjectStatus.SUBMITTED, ProjectStatus.UNDER_REVIEW)) {
            toReview.addAll(projects.list(new ProjectFilter(null, status, null, null, null), PageRequest.of(0, 10)).items());
        }
        waiting.setItems(toReview);
        waiting.setAllRowsVisible(true);
        waiting.setEmptyStateText(word("dashboard.noneWaiting"));
        waiting.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("manage/projects",
                com.vaadin.flow.router.QueryParameters.of("ref", click.getItem().project().reference()))));

        add(new H2(word("nav.dashboard")), cards, new H3(word("dashboard.byStatus")), statuses,
                new H3(word("dashboard.amounts")), charts, new H3(word("dashboard.closingSoon")), closing,
                new H3(word("dashboard.waiting")), waiting);
    }

    private static List<ProjectData> allProjects(ProjectService projects) {
        List<ProjectData> all = new ArrayList<>();
        int offset = 0;
        while (true) {
            var page = projects.list(ProjectFilter.all(), PageRequest.of(offset, PageRequest.MAX_LIMIT));
            page.items().forEach(p -> all.add(p.project()));
            offset += PageRequest.MAX_LIMIT;
            if (page.items().isEmpty() || offset >= page.total()) {
                return all;
            }
        }
    }

    private static Map<String, Territory> territories(OrganisationService organisations) {
        Map<String, Territory> map = new HashMap<>();
        int offset = 0;
        while (true) {
            var page = organisations.list(OrganisationFilter.all(), PageRequest.of(offset, PageRequest.MAX_LIMIT));
            page.items().forEach(o -> map.put(o.code(), o.territory()));
            offset += PageRequest.MAX_LIMIT;
            if (page.items().isEmpty() || offset >= page.total()) {
                return map;
            }
        }
    }

    private static Component card(String key, long value) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("card-number");
        Div card = new Div(number, new Span(word(key)));
        card.addClassName("card");
        return card;
    }

    private static Component small(String label, long value) {
        Div card = new Div(new Span(String.valueOf(value)), new Span(label));
        card.addClassName("card");
        card.addClassName("small");
        return card;
    }

    /** A chart of one grouping in one currency, or a sentence when there is nothing to draw. */
    private static Component chart(String title, Map<String, Figures.Amounts> groups, Currency currency,
            boolean enumLabels) {
        Div box = new Div(new Span(title));
        box.addClassName("chart");
        if (groups.isEmpty()) {
            box.add(new Div(new Span(word("dashboard.noAmounts"))));
            return box;
        }
        List<String> labels = groups.keySet().stream().map(k -> enumLabels ? label(k) : k).toList();
        List<BigDecimal> requested = groups.values().stream().map(Figures.Amounts::requested).toList();
        List<BigDecimal> granted = groups.values().stream().map(Figures.Amounts::granted).toList();
        String svg = BarChart.svg(title, labels, List.of(
                new BarChart.Series(word("dashboard.requested", currency), REQUESTED_COLOUR, requested),
                new BarChart.Series(word("dashboard.granted", currency), GRANTED_COLOUR, granted)));
        Image image = new Image(BarChart.dataUrl(svg), title);
        image.setWidth("100%");
        box.add(image);
        return box;
    }

    private static String label(String key) {
        for (Axis axis : Axis.values()) {
            if (axis.name().equals(key)) {
                return Labels.of(axis);
            }
        }
        for (Territory territory : Territory.values()) {
            if (territory.name().equals(key)) {
                return Labels.of(territory);
            }
        }
        return key;
    }

    @Override
    public String getPageTitle() {
        return word("nav.dashboard") + " — Passerelle";
    }
}
