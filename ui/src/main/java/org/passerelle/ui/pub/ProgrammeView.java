package org.passerelle.ui.pub;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.service.PublicCall;
import org.passerelle.backend.service.PublicProgramme;
import org.passerelle.backend.service.PublicProgrammeService;
import org.passerelle.backend.service.RecordNotFound;
import org.passerelle.domain.shared.MoneyFormat;
import org.passerelle.ui.i18n.Translations;

/** One published programme as an applicant reads it: what it funds, who may apply, how much, and its calls. */
@Route(value = "programmes/:code", layout = PublicLayout.class)
@AnonymousAllowed
public class ProgrammeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String CODE = "code";

    /** A link to a programme's page, followed inside the running UI (no reload). */
    public static Anchor link(String code, String text) {
        Anchor link = new Anchor("programmes/" + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8), text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private final PublicProgrammeService programmes;
    private final PublicWords words;
    private String title;

    @Inject
    public ProgrammeView(PublicProgrammeService programmes, Translations translations) {
        this.programmes = programmes;
        this.words = PublicWords.current(translations);
        addClassName("programme-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().get(CODE).orElse(""));
    }

    /** Shows the programme with this code, or says plainly that there is none. */
    void show(String code) {
        removeAll();
        try {
            show(programmes.getPublished(code));
        } catch (RecordNotFound absent) {
            title = words.get("applicant.programme.not-found.title");
            Paragraph message = new Paragraph(words.get("applicant.programme.not-found", code));
            message.addClassName("empty-state");
            add(new H1(title), message, new RouterLink(words.get("applicant.programme.back"), CatalogueView.class));
        }
    }

    private void show(PublicProgramme published) {
        ProgrammeData programme = published.programme();
        title = words.text(programme.name());
        H1 name = new H1(title);
        Span code = new Span(programme.code());
        code.addClassName("programme-code");
        Paragraph summary = new Paragraph(words.text(programme.summary()));
        summary.addClassName("programme-summary");
        Paragraph description = new Paragraph(words.text(programme.description()));
        Div tags = new Div();
        tags.addClassName("programme-card-tags");
        if (programme.axes() != null) {
            programme.axes().forEach(axis -> tags.add(pill(words.label(axis))));
        }
        if (programme.themes() != null) {
            programme.themes().forEach(theme -> tags.add(pill(theme)));
        }
        add(new RouterLink(words.get("applicant.programme.back"), CatalogueView.class), name, code, tags, summary, description);

        section("applicant.programme.who", Criteria.whoMayApply(programme, words), "programme-criteria");
        List<String> funding = new java.util.ArrayList<>(Criteria.funding(programme, words));
        if (programme.durationMonths() != null) {
            funding.add(words.get("applicant.programme.duration", programme.durationMonths()));
        }
        if (programme.funders() != null && !programme.funders().isEmpty()) {
            funding.add(words.get("applicant.programme.funders", String.join(", ", programme.funders())));
        }
        section("applicant.programme.funding", funding, "programme-funding");
        section("applicant.programme.conditions", Criteria.conditions(programme, words), "programme-conditions");
        add(new H2(words.get("applicant.programme.calls")), calls(published.calls(), programme.currency()));

        Div actions = new Div();
        actions.addClassName("programme-actions");
        RouterLink simulate = new RouterLink(words.get("applicant.programme.simulate"), SimulatorView.class);
        simulate.setQueryParameters(QueryParameters.simple(Map.of(SimulatorView.PROGRAMME, programme.code())));
        simulate.addClassName("programme-simulate");
        actions.add(simulate);
        if (programme.url() != null && !programme.url().isBlank()) {
            actions.add(new Anchor(programme.url(), words.get("applicant.programme.website"), AnchorTarget.BLANK));
        }
        if (programme.contact() != null && !programme.contact().isBlank()) {
            actions.add(new Span(words.get("applicant.programme.contact", programme.contact())));
        }
        add(actions);
    }

    private void section(String titleKey, List<String> lines, String className) {
        if (lines.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList(lines.stream().map(ListItem::new).toArray(ListItem[]::new));
        list.addClassName(className);
        add(new H2(words.get(titleKey)), list);
    }

    private Component calls(List<PublicCall> calls, org.passerelle.domain.shared.Currency currency) {
        if (calls.isEmpty()) {
            Paragraph none = new Paragraph(words.get("applicant.programme.calls.none"));
            none.addClassName("empty-state");
            return none;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("programme-calls");
        for (PublicCall call : calls) {
            Span state = new Span(words.get("call.state." + call.state().name()));
            state.addClassNames("pill", "call-state-" + call.state().name().toLowerCase());
            String budget = call.call().budget() == null ? ""
                    : " — " + words.get("applicant.programme.call.budget", MoneyFormat.format(call.call().budget(), currency,
                            words.lang()));
            ListItem item = new ListItem(state, new Span(" " + words.text(call.call().title()) + " — "
                    + words.get("applicant.programme.call.dates", date(call.call().opensOn()), date(call.call().closesOn()))
                    + budget));
            list.add(item);
        }
        return list;
    }

    private String date(String isoDate) {
        if (isoDate == null) {
            return "?";
        }
        return LocalDate.parse(isoDate).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(words.locale()));
    }

    private static Span pill(String text) {
        Span pill = new Span(text);
        pill.addClassName("pill");
        return pill;
    }

    @Override
    public String getPageTitle() {
        return (title == null ? "" : title + " — ") + "Passerelle";
    }
}
