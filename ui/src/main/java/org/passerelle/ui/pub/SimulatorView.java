package org.passerelle.ui.pub;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.passerelle.assistant.eligibility.EligibilityService;
import org.passerelle.assistant.eligibility.Verdict;
import org.passerelle.assistant.eligibility.api.EligibilityAnswer;
import org.passerelle.assistant.eligibility.api.EligibilityRequest;
import org.passerelle.assistant.eligibility.api.ProfileData;
import org.passerelle.backend.dataset.ValidationException;
import org.passerelle.ui.i18n.Translations;

/**
 * The eligibility simulator: a short form, then the verdict for every published programme (or the one
 * the applicant came from), eligible ones first, each with its reasons. Verdicts come from the
 * eligibility rules, never from the page.
 */
@Route(value = "simulateur", layout = PublicLayout.class)
@AnonymousAllowed
public class SimulatorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PROGRAMME = "programme";

    private final EligibilityService eligibility;
    private final ProgrammeNames names;
    private final PublicWords words;
    final SimulatorForm form;
    final Div results = new Div();
    private List<String> programmes;

    @Inject
    public SimulatorView(EligibilityService eligibility, ProgrammeNames names, Translations translations) {
        this.eligibility = eligibility;
        this.names = names;
        this.words = PublicWords.current(translations);
        addClassName("simulator-view");
        form = new SimulatorForm(words, this::simulate);
        results.addClassName("simulator-results");
        results.getElement().setAttribute("aria-live", "polite");
        add(new H1(words.get("simulator.title")), new Paragraph(words.get("simulator.intro")), form, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        programmes = event.getLocation().getQueryParameters().getSingleParameter(PROGRAMME).map(List::of).orElse(null);
    }

    void simulate(ProfileData profile) {
        results.removeAll();
        EligibilityAnswer answer;
        try {
            answer = eligibility.evaluate(new EligibilityRequest(profile, programmes, null, words.lang()));
        } catch (ValidationException invalid) {
            Paragraph error = new Paragraph(words.get("simulator.error"));
            error.addClassName("error-message");
            results.add(error);
            return;
        }
        List<EligibilityAnswer.Result> sorted = answer.results().stream()
                .sorted(Comparator.comparing(EligibilityAnswer.Result::verdict)).toList();
        long eligible = sorted.stream().filter(r -> r.verdict() == Verdict.ELIGIBLE).count();
        long unknown = sorted.stream().filter(r -> r.verdict() == Verdict.UNKNOWN).count();
        results.add(new H2(words.get("simulator.results", sorted.size())));
        Paragraph summary = new Paragraph(words.get("simulator.summary", eligible, unknown,
                sorted.size() - eligible - unknown));
        summary.addClassName("simulator-summary");
        results.add(summary);
        if (programmes != null) {
            results.add(new RouterLink(words.get("simulator.all-programmes"), SimulatorView.class));
        }
        sorted.forEach(result -> results.add(new VerdictCard(result, names.name(result.programme(), words), words)));
    }

    @Override
    public String getPageTitle() {
        return words.get("simulator.title") + " — Passerelle";
    }
}
