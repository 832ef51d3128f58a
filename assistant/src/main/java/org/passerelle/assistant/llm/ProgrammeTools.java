package org.passerelle.assistant.llm;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.passerelle.assistant.catalogue.Catalogue;
import org.passerelle.assistant.catalogue.CatalogueEntry;
import org.passerelle.assistant.eligibility.EligibilityService;
import org.passerelle.assistant.eligibility.api.EligibilityAnswer;
import org.passerelle.assistant.figures.ProjectFacts;
import org.passerelle.assistant.semantic.ScoredCode;
import org.passerelle.backend.dataset.CallData;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.dataset.TextData;
import org.passerelle.domain.project.ProjectStatus;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Territory;

/**
 * The tools the language model may call while preparing one answer. Each is a thin adapter over the
 * assistant's services (retrieval, catalogue, eligibility engine, project figures) that only reads; there is no tool
 * that changes data. Every result is written to the {@link ToolLedger}, and only programmes that
 * exist in the published catalogue are ever returned or recorded.
 */
public final class ProgrammeTools {

    static final int SEARCH_LIMIT = 5;

    private final Catalogue catalogue;
    private final ProgrammeFinder finder;
    private final EligibilityService eligibility;
    private final Function<ProjectFacts.Filter, ProjectFacts.Figures> figures;
    private final AnswerContext context;
    private final ToolLedger ledger;

    public ProgrammeTools(Catalogue catalogue, ProgrammeFinder finder, EligibilityService eligibility,
            Function<ProjectFacts.Filter, ProjectFacts.Figures> figures, AnswerContext context, ToolLedger ledger) {
        this.catalogue = catalogue;
        this.finder = finder;
        this.eligibility = eligibility;
        this.figures = figures;
        this.context = context;
        this.ledger = ledger;
    }

    /** A programme as the search tool returns it. */
    public record Found(String code, String name, String summary, double score) {
    }

    /** Everything the data says about a programme, for the details tool. */
    public record Details(String code, String name, String summary, BigDecimal maxAmount,
            BigDecimal maxFundingRatePercent, BigDecimal minProjectBudget, String currency, Integer durationMonths,
            List<String> funders, String url, String contact, List<Call> openCalls, List<Call> upcomingCalls) {
    }

    /** A call for projects of a programme. */
    public record Call(String programme, String code, String title, String opensOn, String closesOn) {
    }

    @Tool("Finds the published programmes about a subject (free text in French or English), best first. "
            + "Returns an empty list when nothing in the data matches.")
    public List<Found> searchProgrammes(@P("the subject, e.g. 'festival de musique' or 'doctoral mobility'") String subject) {
        ledger.called("searchProgrammes");
        List<Found> found = new ArrayList<>();
        for (ScoredCode hit : finder.find(subject == null ? "" : subject, context.profile(), SEARCH_LIMIT)) {
            Optional<CatalogueEntry> entry = catalogue.find(hit.code());
            if (entry.isPresent()) {
                ledger.programme(hit.code(), hit.score());
                ProgrammeData p = entry.get().programme();
                found.add(new Found(p.code(), text(p.name()), text(p.summary()), hit.score()));
            }
        }
        return found;
    }

    @Tool("Gives the details of one published programme by its code: amounts, funding rate, duration, funders, "
            + "link, contact, open and upcoming calls.")
    public Object programmeDetails(@P("the programme code, e.g. FFQCD") String code) {
        ledger.called("programmeDetails");
        Optional<CatalogueEntry> entry = lookup(code);
        if (entry.isEmpty()) {
            return unknown(code);
        }
        CatalogueEntry e = entry.get();
        ProgrammeData p = e.programme();
        ledger.programme(p.code(), 0.0);
        var funding = p.funding();
        return new Details(p.code(), text(p.name()), text(p.summary()),
                funding == null ? null : funding.maxAmount(),
                funding == null ? null : funding.maxFundingRatePercent(),
                funding == null ? null : funding.minProjectBudget(),
                p.currency() == null ? null : p.currency().name(), p.durationMonths(), p.funders(), p.url(),
                p.contact(), calls(e.openCallsOn(context.today())), calls(e.upcomingCallsAfter(context.today())));
    }

    @Tool("Checks the asker's eligibility (the profile already understood from the conversation) for published "
            + "programmes, with the eligibility rules. Returns one verdict per programme with the failed rules and "
            + "the missing facts to ask for.")
    public Object checkEligibility(@P("the programme codes to check") List<String> codes) {
        ledger.called("checkEligibility");
        List<CatalogueEntry> entries = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            lookup(code).ifPresentOrElse(entries::add, () -> unknown.add(String.valueOf(code)));
        }
        List<EligibilityAnswer.Result> results = eligibility.evaluate(entries, context.profile(), context.today(),
                context.lang());
        results.forEach(ledger::verdict);
        if (unknown.isEmpty()) {
            return results;
        }
        return new Checked(results, "No published programme has the code(s) " + String.join(", ", unknown) + ".");
    }

    /** Verdicts, and a note about the codes that do not exist. */
    public record Checked(List<EligibilityAnswer.Result> results, String note) {
    }

    @Tool("Lists calls for projects: those open today and the next ones, for one programme (by code) or, "
            + "with an empty code, for every published programme.")
    public Object calls(@P(value = "the programme code, or empty for all programmes", required = false) String code) {
        ledger.called("calls");
        List<CatalogueEntry> entries;
        if (code == null || code.isBlank()) {
            entries = catalogue.all();
        } else {
            Optional<CatalogueEntry> entry = lookup(code);
            if (entry.isEmpty()) {
                return unknown(code);
            }
            ledger.programme(entry.get().code(), 0.0);
            entries = List.of(entry.get());
        }
        List<Call> open = new ArrayList<>();
        List<Call> upcoming = new ArrayList<>();
        for (CatalogueEntry e : entries) {
            open.addAll(calls(e.openCallsOn(context.today())));
            upcoming.addAll(calls(e.upcomingCallsAfter(context.today())));
        }
        return new CallList(context.today().toString(), open, upcoming);
    }

    /** Open and upcoming calls on a day. */
    public record CallList(String today, List<Call> open, List<Call> upcoming) {
    }

    @Tool("Counts the partnership's projects and sums their granted amounts (per currency), optionally filtered by "
            + "status, axis, year, territory, programme code or organisation code. Leave a filter empty for any.")
    public FigureSummary projectFigures(
            @P(value = "status: DRAFT, SUBMITTED, UNDER_REVIEW, APPROVED, REJECTED, IN_PROGRESS, COMPLETED, WITHDRAWN",
                    required = false) String status,
            @P(value = "axis, e.g. CULTURE", required = false) String axis,
            @P(value = "year the project starts", required = false) Integer year,
            @P(value = "territory: NOUVELLE_AQUITAINE, QUEBEC or OTHER", required = false) String territory,
            @P(value = "programme code", required = false) String programme,
            @P(value = "organisation code", required = false) String organisation) {
        ledger.called("projectFigures");
        ProjectFacts.Filter filter = new ProjectFacts.Filter(constant(ProjectStatus.class, status),
                constant(Axis.class, axis), year, constant(Territory.class, territory),
                lookup(programme).map(CatalogueEntry::code).orElse(null), blankToNull(organisation));
        ProjectFacts.Figures found = figures.apply(filter);
        return new FigureSummary(found.projects().size(), found.granted(), found.projects().stream().limit(10)
                .map(p -> p.reference() + " " + text(p.title())).toList());
    }

    /** Project counts and granted sums, with a few project titles as examples. */
    public record FigureSummary(int projects, java.util.Map<org.passerelle.domain.shared.Currency, BigDecimal> granted,
            List<String> examples) {
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Optional<CatalogueEntry> lookup(String code) {
        return code == null ? Optional.empty() : catalogue.find(code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    private static String unknown(String code) {
        return "No published programme has the code '" + code + "'. Use searchProgrammes to find real programmes.";
    }

    private List<Call> calls(List<CallData> calls) {
        return calls.stream().map(c -> new Call(c.programme(), c.code(), text(c.title()), c.opensOn(), c.closesOn()))
                .toList();
    }

    private String text(TextData text) {
        if (text == null) {
            return null;
        }
        return "en".equals(context.lang()) && text.en() != null ? text.en() : text.fr();
    }
}
