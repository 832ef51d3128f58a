package org.passerelle.ui.pub;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.service.ProgrammePage;
import org.passerelle.backend.service.PublicProgrammeService;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Territory;
import org.passerelle.ui.i18n.Translations;

/**
 * The published programmes, searched in French or English (synonyms included) and narrowed by facets
 * whose counts follow the search; results load page by page as the list scrolls.
 */
@Route(value = "programmes", layout = PublicLayout.class)
@AnonymousAllowed
public class CatalogueView extends Div implements HasDynamicTitle {

    private static final Map<String, Long> NO_COUNTS = Map.of();

    private final PublicProgrammeService programmes;
    private final PublicWords words;
    final TextField search = new TextField();
    final MultiSelectComboBox<Axis> axes = new MultiSelectComboBox<>();
    final MultiSelectComboBox<ApplicantType> applicantTypes = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Territory> territories = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> themes = new MultiSelectComboBox<>();
    final Checkbox openCall = new Checkbox();
    final Paragraph summary = new Paragraph();
    final Paragraph empty = new Paragraph();
    final VirtualList<ProgrammeData> results = new VirtualList<>();
    private Map<String, Map<String, Long>> facets = Map.of();

    @Inject
    public CatalogueView(PublicProgrammeService programmes, Translations translations) {
        this.programmes = programmes;
        this.words = PublicWords.current(translations);
        addClassName("catalogue-view");

        search.setLabel(words.get("catalogue.search"));
        search.setPlaceholder(words.get("catalogue.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("catalogue-search");
        facet(axes, "catalogue.facet.axis", Arrays.asList(Axis.values()), words::label, "axis", Enum::name);
        facet(applicantTypes, "catalogue.facet.applicant-type", Arrays.asList(ApplicantType.values()), words::label,
                "applicantType", Enum::name);
        facet(territories, "catalogue.facet.territory", Arrays.asList(Territory.values()), words::label, "territory",
                Enum::name);
        themes.setLabel(words.get("catalogue.facet.theme"));
        themes.setClearButtonVisible(true);
        openCall.setLabel(words.get("catalogue.facet.open-call"));
        ProgrammePage everything = programmes.search(CatalogueFilter.none().query(0, 0), true);
        themes.setItems(everything.facets() == null ? List.of()
                : List.copyOf(everything.facets().getOrDefault("theme", NO_COUNTS).keySet()));

        search.setId("catalogue-search");
        axes.setId("catalogue-axis");
        applicantTypes.setId("catalogue-applicant-type");
        territories.setId("catalogue-territory");
        themes.setId("catalogue-theme");
        openCall.setId("catalogue-open-call");
        search.addValueChangeListener(e -> refresh());
        axes.addValueChangeListener(e -> refresh());
        applicantTypes.addValueChangeListener(e -> refresh());
        territories.addValueChangeListener(e -> refresh());
        themes.addValueChangeListener(e -> refresh());
        openCall.addValueChangeListener(e -> refresh());

        results.setRenderer(new ComponentRenderer<>(programme -> new ProgrammeCard(programme, words)));
        results.addClassName("catalogue-results");
        results.setDataProvider(com.vaadin.flow.data.provider.DataProvider.<ProgrammeData>fromCallbacks(query -> programmes.search(filter().query(query.getOffset(), query.getLimit()), false)
                        .items().stream(),
                query -> (int) programmes.search(filter().query(0, 0), false).total()));
        empty.setText(words.get("catalogue.empty"));
        empty.addClassName("empty-state");
        summary.addClassName("catalogue-summary");

        Div filters = new Div(search, axes, applicantTypes, territories, themes, openCall);
        filters.addClassName("catalogue-filters");
        add(new H1(words.get("catalogue.title")), filters, summary, empty, results);
        refresh();
    }

    private <T> void facet(MultiSelectComboBox<T> box, String labelKey, List<T> values, Function<T, String> label,
            String facet, Function<T, String> value) {
        box.setLabel(words.get(labelKey));
        box.setItems(values);
        box.setClearButtonVisible(true);
        box.setItemLabelGenerator(item -> {
            long count = facets.getOrDefault(facet, NO_COUNTS).getOrDefault(value.apply(item), 0L);
            return label.apply(item) + " (" + count + ")";
        });
    }

    /** The applicant's current choices. */
    CatalogueFilter filter() {
        return new CatalogueFilter(search.getValue(), axes.getValue(), applicantTypes.getValue(),
                territories.getValue(), themes.getValue(), openCall.getValue());
    }

    private void refresh() {
        ProgrammePage page = programmes.search(filter().query(0, 0), true);
        facets = page.facets() == null ? Map.of() : page.facets();
        themes.setItemLabelGenerator(theme -> theme + " (" + facets.getOrDefault("theme", NO_COUNTS)
                .getOrDefault(theme, 0L) + ")");
        themes.getDataProvider().refreshAll();
        axes.getDataProvider().refreshAll();
        applicantTypes.getDataProvider().refreshAll();
        territories.getDataProvider().refreshAll();
        summary.setText(words.get("catalogue.count", page.total()));
        empty.setVisible(page.total() == 0);
        results.setVisible(page.total() > 0);
        results.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return words.get("catalogue.title") + " — Passerelle";
    }
}
