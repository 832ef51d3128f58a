package org.passerelle.assistant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.passerelle.assistant.answer.Templates;
import org.passerelle.assistant.api.AskRequest;
import org.passerelle.assistant.api.AssistantAnswer;
import org.passerelle.assistant.catalogue.Catalogue;
import org.passerelle.assistant.catalogue.CatalogueEntry;
import org.passerelle.assistant.conversation.Conversation;
import org.passerelle.assistant.conversation.ConversationStore;
import org.passerelle.assistant.eligibility.ApplicantProfile;
import org.passerelle.assistant.eligibility.EligibilityService;
import org.passerelle.assistant.eligibility.Verdict;
import org.passerelle.assistant.eligibility.api.EligibilityAnswer;
import org.passerelle.assistant.eligibility.api.ProfileData;
import org.passerelle.assistant.figures.ProjectFacts;
import org.passerelle.assistant.retrieval.LexicalMatcher;
import org.passerelle.assistant.retrieval.ProgrammeRetriever;
import org.passerelle.assistant.retrieval.TextSearch;
import org.passerelle.assistant.understanding.Intent;
import org.passerelle.assistant.understanding.IntentClassifier;
import org.passerelle.assistant.understanding.LanguageDetector;
import org.passerelle.assistant.understanding.ProfileExtractor;
import org.passerelle.assistant.understanding.Text;
import org.passerelle.backend.dataset.CallData;
import org.passerelle.backend.dataset.Errors;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.dataset.ProjectData;
import org.passerelle.backend.dataset.TextData;

/**
 * The model-free assistant: understands a question (language, profile, intent), finds the programmes
 * it is about, and answers from templates with figures and verdicts taken from the data and the
 * eligibility rules. A plain class built from its collaborators, so that tests and benchmarks run it
 * without a container; {@link AssistantService} is its CDI face. It only reads: whatever a question
 * says, it is text to understand, never an instruction.
 *
 * <p>The public methods below the {@code ask} entry point ({@link #searchProgrammes}, {@link #programme},
 * {@link #eligibility}, {@link #openCalls}, {@link #projectFigures}) are the pieces a language-model
 * path can call as tools.
 */
public final class Assistant {

    public static final int MAX_QUESTION_LENGTH = 2000;
    private static final int MAX_PROGRAMMES = 5;

    private final Catalogue catalogue;
    private final EligibilityService eligibility;
    private final TextSearch search;
    private final Supplier<ProjectFacts> facts;
    private final ConversationStore conversations;
    private final Clock clock;
    private final ProfileExtractor extractor = new ProfileExtractor();
    private final Templates templates = new Templates();
    private volatile Derived derived = new Derived(-1, null);

    private record Derived(long generation, ProgrammeRetriever retriever) {
    }

    public Assistant(Catalogue catalogue, EligibilityService eligibility, TextSearch search,
            Supplier<ProjectFacts> facts, ConversationStore conversations, Clock clock) {
        this.catalogue = catalogue;
        this.eligibility = eligibility;
        this.search = search;
        this.facts = facts;
        this.conversations = conversations;
        this.clock = clock;
    }

    /** Checks the request (400 naming the field), then answers it. */
    public AssistantAnswer ask(AskRequest request) {
        Errors errors = new Errors();
        if (request == null || request.question() == null || request.question().isBlank()) {
            errors.add("$.question", "The question is empty.");
        } else if (request.question().length() > MAX_QUESTION_LENGTH) {
            errors.add("$.question", "The question is longer than " + MAX_QUESTION_LENGTH + " characters.");
        }
        String lang = request == null ? null : request.lang();
        if (lang != null && !lang.equals("fr") && !lang.equals("en") && !lang.equals("auto")) {
            errors.add("$.lang", "lang must be 'fr', 'en' or 'auto'.");
        }
        errors.throwIfAny("The question is not valid");
        return answer(request);
    }

    private AssistantAnswer answer(AskRequest request) {
        LocalDate asOf = request.asOf() == null ? LocalDate.now(clock) : request.asOf();
        Conversation conversation = conversations.find(request.conversationId())
                .orElseGet(() -> Conversation.start(ConversationStore.newId(), null));
        String question = request.question();
        String lang = request.lang() == null || request.lang().equals("auto")
                ? LanguageDetector.detect(question, conversation.lang()) : request.lang();
        ApplicantProfile profile = extractor.refine(conversation.profile(), question);
        Text text = Text.of(question);
        Intent intent = IntentClassifier.classify(text);
        Turn turn = new Turn(question, text, lang, asOf, profile, conversation, intent);
        Reply reply = switch (intent) {
            case GREETING -> Reply.text(templates.text(lang, "greeting"));
            case HELP -> Reply.text(templates.text(lang, "help"));
            case FIGURES -> figures(turn, false);
            case PROJECTS -> figures(turn, true);
            case CALLS -> calls(turn);
            case ELIGIBILITY -> eligibility(turn);
            case PROGRAMME_DETAILS -> details(turn);
            default -> find(turn);
        };
        List<String> subject = reply.programmes().isEmpty() ? conversation.subject()
                : reply.programmes().stream().map(AssistantAnswer.ProgrammeRef::code).toList();
        conversations.save(conversation.next(lang, profile, subject));
        List<EligibilityAnswer.Result> verdicts = reply.verdicts();
        if (verdicts == null) {
            verdicts = profile.isEmpty() ? List.of() : eligibility(codes(reply.programmes()), profile, asOf, lang);
        }
        List<AssistantAnswer.Source> sources = new ArrayList<>();
        for (AssistantAnswer.ProgrammeRef ref : reply.programmes()) {
            catalogue.find(ref.code()).map(e -> e.programme().url()).filter(u -> u != null && !u.isBlank())
                    .ifPresent(url -> sources.add(new AssistantAnswer.Source(ref.code(), url)));
        }
        return new AssistantAnswer(conversation.id(), lang, reply.text(), ProfileData.of(profile), reply.programmes(),
                verdicts, sources, suggestions(lang, intent, reply));
    }

    private record Turn(String question, Text text, String lang, LocalDate asOf, ApplicantProfile profile,
            Conversation conversation, Intent intent) {
    }

    private record Reply(String text, List<AssistantAnswer.ProgrammeRef> programmes,
            List<EligibilityAnswer.Result> verdicts) {

        static Reply text(String text) {
            return new Reply(text, List.of(), List.of());
        }
    }

    // ---- tools: the pieces an LLM path can call -------------------------------------------------

    /**
     * Published programmes for a question and a profile, most relevant first, scores in (0, 1]. Empty
     * when the question names a subject nothing in the data matches. Programmes the profile makes
     * ineligible are left out.
     */
    public List<AssistantAnswer.ProgrammeRef> searchProgrammes(String question, ApplicantProfile profile, int limit) {
        String topical = topical(question);
        Map<String, Double> hits = retriever().retrieve(topical, 20);
        boolean hasTopic = !LexicalMatcher.contentWords(topical).isEmpty();
        if (hasTopic && hits.isEmpty()) {
            return List.of();
        }
        List<CatalogueEntry> candidates = hasTopic
                ? hits.keySet().stream().map(catalogue::find).flatMap(Optional::stream).toList()
                : catalogue.all();
        Map<String, Double> scored = new LinkedHashMap<>();
        for (CatalogueEntry entry : candidates) {
            double relevance = hits.getOrDefault(entry.code(), hasTopic ? 0.0 : 0.5);
            double fit = profile.isEmpty() ? 0 : fit(entry, profile);
            if (fit < 0) {
                continue;
            }
            scored.put(entry.code(), relevance + 0.4 * fit);
        }
        double best = scored.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        return scored.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(limit)
                .map(e -> new AssistantAnswer.ProgrammeRef(e.getKey(), name(e.getKey(), "fr"),
                        Math.round(e.getValue() / best * 1000) / 1000.0))
                .toList();
    }

    /** A published programme by code. */
    public Optional<ProgrammeData> programme(String code) {
        return catalogue.find(code).map(CatalogueEntry::programme);
    }

    /** Verdicts from the eligibility service for the given programmes and profile. */
    public List<EligibilityAnswer.Result> eligibility(List<String> codes, ApplicantProfile profile, LocalDate asOf,
            String lang) {
        List<CatalogueEntry> entries = codes.stream().map(catalogue::find).flatMap(Optional::stream).toList();
        return eligibility.evaluate(entries, profile, asOf, lang);
    }

    /** The calls open on a day, soonest closing first. */
    public List<CallData> openCalls(LocalDate day) {
        return catalogue.all().stream().flatMap(e -> e.openCallsOn(day).stream())
                .sorted(Comparator.comparing(CallData::closesOn)).toList();
    }

    /** Figures over the projects a question describes. */
    public ProjectFacts.Figures projectFigures(ProjectFacts.Filter filter) {
        return facts.get().figures(filter);
    }

    // ---- intents --------------------------------------------------------------------------------

    private Reply find(Turn turn) {
        List<AssistantAnswer.ProgrammeRef> found = searchProgrammes(turn.question(), turn.profile(), MAX_PROGRAMMES);
        boolean topical = !LexicalMatcher.contentWords(topical(turn.question())).isEmpty();
        if (found.isEmpty() && !topical && turn.profile().isEmpty() && turn.profile().equals(turn.conversation().profile())
                && !domainWords(turn.text())) {
            return Reply.text(templates.text(turn.lang(), "outOfScope"));
        }
        if (found.isEmpty() && topical && !domainWords(turn.text()) && turn.profile().equals(turn.conversation().profile())) {
            return Reply.text(templates.text(turn.lang(), "outOfScope"));
        }
        if (found.isEmpty()) {
            return Reply.text(templates.text(turn.lang(), "noMatch"));
        }
        StringBuilder answer = new StringBuilder(templates.text(turn.lang(),
                topical ? "found" : "foundForProfile"));
        for (AssistantAnswer.ProgrammeRef ref : found) {
            answer.append('\n').append(programmeLine(ref.code(), turn.lang()));
        }
        List<EligibilityAnswer.Result> verdicts = turn.profile().isEmpty() ? List.of()
                : eligibility(codes(found), turn.profile(), turn.asOf(), turn.lang());
        appendVerdicts(answer, verdicts, turn.lang());
        return new Reply(answer.toString(), found, verdicts);
    }

    private Reply details(Turn turn) {
        List<AssistantAnswer.ProgrammeRef> about = named(turn);
        if (about.isEmpty()) {
            return find(turn);
        }
        CatalogueEntry entry = catalogue.find(about.get(0).code()).orElseThrow();
        ProgrammeData p = entry.programme();
        String lang = turn.lang();
        StringBuilder answer = new StringBuilder(templates.text(lang, "details", text(p.name(), lang), p.code(),
                text(p.summary(), lang)));
        answer.append('\n').append(fundingLine(p, lang));
        if (p.eligibility() != null) {
            if (p.eligibility().applicantTypes() != null && !p.eligibility().applicantTypes().isEmpty()) {
                answer.append('\n').append(templates.text(lang, "applicants", p.eligibility().applicantTypes().stream()
                        .map(Enum::name).collect(Collectors.joining(", "))));
            }
            if (p.eligibility().applicantTerritories() != null && !p.eligibility().applicantTerritories().isEmpty()) {
                answer.append('\n').append(templates.text(lang, "territories", p.eligibility().applicantTerritories()
                        .stream().map(Enum::name).collect(Collectors.joining(", "))));
            }
            if (Boolean.TRUE.equals(p.eligibility().partnerFromOtherSideRequired())) {
                answer.append('\n').append(templates.text(lang, "partnerRequired"));
            }
        }
        answer.append('\n').append(callLine(entry, turn.asOf(), lang));
        if (p.url() != null) {
            answer.append('\n').append(templates.text(lang, "moreInfo", p.url()));
        }
        List<AssistantAnswer.ProgrammeRef> refs = List.of(about.get(0));
        List<EligibilityAnswer.Result> verdicts = turn.profile().isEmpty() ? List.of()
                : eligibility(codes(refs), turn.profile(), turn.asOf(), lang);
        appendVerdicts(answer, verdicts, lang);
        return new Reply(answer.toString(), refs, verdicts);
    }

    private Reply eligibility(Turn turn) {
        String lang = turn.lang();
        List<AssistantAnswer.ProgrammeRef> about = named(turn);
        if (about.isEmpty()) {
            about = searchProgrammes(turn.question(), turn.profile(), MAX_PROGRAMMES);
        }
        if (about.isEmpty()) {
            return Reply.text(templates.text(lang, "noMatch"));
        }
        List<EligibilityAnswer.Result> verdicts = eligibility(codes(about), turn.profile(), turn.asOf(), lang);
        StringBuilder answer = new StringBuilder();
        if (turn.profile().isEmpty()) {
            answer.append(templates.text(lang, "noProfile")).append('\n');
        }
        answer.append(templates.text(lang, "eligibilityIntro"));
        appendVerdicts(answer, verdicts, lang);
        return new Reply(answer.toString(), about, verdicts);
    }

    private Reply calls(Turn turn) {
        String lang = turn.lang();
        List<AssistantAnswer.ProgrammeRef> about = named(turn);
        if (about.isEmpty() && !LexicalMatcher.contentWords(topical(turn.question())).isEmpty()) {
            about = searchProgrammes(turn.question(), turn.profile(), 3);
        }
        StringBuilder answer = new StringBuilder();
        if (!about.isEmpty()) {
            for (AssistantAnswer.ProgrammeRef ref : about) {
                CatalogueEntry entry = catalogue.find(ref.code()).orElseThrow();
                answer.append(answer.length() == 0 ? "" : "\n").append(text(entry.programme().name(), lang))
                        .append(" (").append(entry.code()).append(") : ").append(callLine(entry, turn.asOf(), lang));
            }
            return new Reply(answer.toString(), about, null);
        }
        List<CallData> open = openCalls(turn.asOf());
        String day = Templates.date(turn.asOf().toString(), lang);
        if (open.isEmpty()) {
            answer.append(templates.text(lang, "noOpenCalls", day));
        } else {
            answer.append(templates.text(lang, "callsOpen", day));
            for (CallData call : open) {
                answer.append('\n').append(templates.text(lang, "callLine", text(call.title(), lang), call.programme(),
                        Templates.date(call.closesOn(), lang)));
            }
        }
        List<CallData> upcoming = catalogue.all().stream().flatMap(e -> e.upcomingCallsAfter(turn.asOf()).stream())
                .sorted(Comparator.comparing(CallData::opensOn)).limit(3).toList();
        if (!upcoming.isEmpty()) {
            answer.append('\n').append(templates.text(lang, "upcoming"));
            for (CallData call : upcoming) {
                answer.append('\n').append(templates.text(lang, "upcomingLine", text(call.title(), lang), call.programme(),
                        Templates.date(call.opensOn(), lang), Templates.date(call.closesOn(), lang)));
            }
        }
        Set<String> programmes = new LinkedHashSet<>();
        open.forEach(c -> programmes.add(c.programme()));
        List<AssistantAnswer.ProgrammeRef> refs = programmes.stream()
                .map(code -> new AssistantAnswer.ProgrammeRef(code, name(code, lang), 1.0)).toList();
        return new Reply(answer.toString(), refs, null);
    }

    private Reply figures(Turn turn, boolean list) {
        String lang = turn.lang();
        ProjectFacts projectFacts = facts.get();
        Set<String> named = new LinkedHashSet<>(codes(namedOnly(turn.question())));
        ProjectFacts.Filter filter = projectFacts.filterOf(turn.question(), named);
        ProjectFacts.Figures figures = projectFacts.figures(filter);
        String what = describe(filter, projectFacts, lang);
        List<AssistantAnswer.ProgrammeRef> refs = filter.programme() == null ? List.of()
                : List.of(new AssistantAnswer.ProgrammeRef(filter.programme(), name(filter.programme(), lang), 1.0));
        if (figures.projects().isEmpty()) {
            return new Reply(templates.text(lang, list ? "projectsNone" : "figuresNone", what), refs, null);
        }
        StringBuilder answer = new StringBuilder();
        if (list) {
            answer.append(templates.text(lang, "projectsFound", what));
            for (ProjectData p : figures.projects().stream().limit(10).toList()) {
                answer.append('\n').append(templates.text(lang, "projectLine", p.reference(), text(p.title(), lang),
                        p.programme(), p.status().name()));
            }
            answer.append('\n');
        }
        answer.append(templates.text(lang, "figures", String.valueOf(figures.projects().size()), what));
        if (!figures.granted().isEmpty()) {
            answer.append(' ').append(templates.text(lang, "figuresGranted", figures.granted().entrySet().stream()
                    .map(e -> Templates.money(e.getValue(), e.getKey(), lang)).collect(Collectors.joining(" + "))));
        }
        return new Reply(answer.toString(), refs, null);
    }

    private String describe(ProjectFacts.Filter f, ProjectFacts projectFacts, String lang) {
        List<String> parts = new ArrayList<>();
        boolean en = "en".equals(lang);
        if (f.status() != null) {
            parts.add(f.status().name());
        }
        if (f.axis() != null) {
            parts.add((en ? "on axis " : "de l'axe ") + f.axis().name());
        }
        if (f.year() != null) {
            parts.add((en ? "started in " : "démarrés en ") + f.year());
        }
        if (f.territory() != null) {
            parts.add((en ? "led from " : "portés depuis ") + f.territory().name());
        }
        if (f.programme() != null) {
            parts.add((en ? "of programme " : "du programme ") + f.programme());
        }
        if (f.organisation() != null) {
            parts.add((en ? "involving " : "impliquant ") + projectFacts.organisationName(f.organisation()));
        }
        if (parts.isEmpty()) {
            parts.add(en ? "in total" : "au total");
        }
        return String.join(", ", parts);
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** The programmes a question names, else the conversation's subject. */
    private List<AssistantAnswer.ProgrammeRef> named(Turn turn) {
        List<AssistantAnswer.ProgrammeRef> named = namedOnly(turn.question());
        if (!named.isEmpty()) {
            return named;
        }
        boolean topical = !LexicalMatcher.contentWords(topical(turn.question())).isEmpty();
        if (topical) {
            List<AssistantAnswer.ProgrammeRef> found = searchProgrammes(turn.question(), ApplicantProfile.empty(), 3);
            if (!found.isEmpty()) {
                return found.subList(0, 1);
            }
        }
        return turn.conversation().subject().stream().limit(3)
                .map(code -> new AssistantAnswer.ProgrammeRef(code, name(code, turn.lang()), 1.0)).toList();
    }

    /** Programmes named by code or acronym in the question. */
    private List<AssistantAnswer.ProgrammeRef> namedOnly(String question) {
        Text t = Text.of(question);
        List<AssistantAnswer.ProgrammeRef> named = new ArrayList<>();
        for (CatalogueEntry e : catalogue.all()) {
            if (t.has(Text.normalize(e.code()))) {
                named.add(new AssistantAnswer.ProgrammeRef(e.code(), name(e.code(), "fr"), 1.0));
            }
        }
        // A longer code containing a shorter one ("FFQCD-QC" and "FFQCD") names the longer only.
        named.removeIf(r -> named.stream().anyMatch(o -> o != r && o.code().length() > r.code().length()
                && Text.normalize(o.code()).contains(Text.normalize(r.code()))));
        return named;
    }

    /** The question without the words that only describe the asker's place (they are no topic). */
    private String topical(String question) {
        String s = " " + Text.normalize(question) + " ";
        s = s.replaceAll(" (\\d[\\d ]*)(k|000)? ?(€|\\$|euros?|dollars?|cad|eur)", " ");
        return s;
    }

    private double fit(CatalogueEntry entry, ApplicantProfile profile) {
        EligibilityAnswer.Result result = eligibility.evaluate(List.of(entry), profile, LocalDate.now(clock), "fr").get(0);
        if (result.verdict() == Verdict.NOT_ELIGIBLE) {
            return -1;
        }
        double fit = result.verdict() == Verdict.ELIGIBLE ? 1.0 : 0.6;
        var types = entry.programme().eligibility() == null ? null : entry.programme().eligibility().applicantTypes();
        if (profile.applicantType() != null && types != null && types.contains(profile.applicantType())) {
            fit += 0.5 / types.size();
        }
        return fit;
    }

    private static boolean domainWords(Text t) {
        return t.hasAny("programme", "programmes", "program", "programs", "financement", "financer", "funding", "fund",
                "subvention", "grant", "grants", "aide", "aides", "bourse", "bourses", "scholarship", "appel", "appels",
                "call", "calls", "projet", "projets", "project", "projects", "cooperation", "quebec", "aquitaine",
                "partenaire", "partner", "eligible", "eligibilite", "eligibility", "stage", "internship", "mobilite",
                "mobility", "echange", "echanges", "exchange", "exchanges", "soutien", "support", "dispositif");
    }

    private ProgrammeRetriever retriever() {
        Derived current = derived;
        long generation = catalogue.generation();
        if (current.generation() != generation) {
            current = new Derived(generation, new ProgrammeRetriever(new LexicalMatcher(catalogue.all()), search));
            derived = current;
        }
        return current.retriever();
    }

    private String programmeLine(String code, String lang) {
        ProgrammeData p = catalogue.find(code).orElseThrow().programme();
        return templates.text(lang, "programmeLine", text(p.name(), lang), p.code(), fundingLine(p, lang));
    }

    private String fundingLine(ProgrammeData p, String lang) {
        List<String> parts = new ArrayList<>();
        if (p.funding() != null && p.funding().maxAmount() != null) {
            parts.add(templates.text(lang, "ceiling", Templates.money(p.funding().maxAmount(), p.currency(), lang)));
        } else {
            parts.add(templates.text(lang, "noCeiling"));
        }
        if (p.funding() != null && p.funding().maxFundingRatePercent() != null) {
            parts.add(templates.text(lang, "rate", Templates.percent(p.funding().maxFundingRatePercent(), lang)));
        }
        if (p.funding() != null && p.funding().minProjectBudget() != null) {
            parts.add(templates.text(lang, "minBudget", Templates.money(p.funding().minProjectBudget(), p.currency(), lang)));
        }
        if (p.eligibility() != null && p.eligibility().minAge() != null && p.eligibility().maxAge() != null) {
            parts.add(templates.text(lang, "ages", p.eligibility().minAge(), p.eligibility().maxAge()));
        }
        return String.join(", ", parts);
    }

    private String callLine(CatalogueEntry entry, LocalDate asOf, String lang) {
        List<CallData> open = entry.openCallsOn(asOf);
        if (!open.isEmpty()) {
            CallData c = open.get(0);
            return templates.text(lang, "openCall", text(c.title(), lang), Templates.date(c.closesOn(), lang));
        }
        List<CallData> next = entry.upcomingCallsAfter(asOf);
        if (!next.isEmpty()) {
            CallData c = next.get(0);
            return templates.text(lang, "nextCall", text(c.title(), lang), Templates.date(c.opensOn(), lang),
                    Templates.date(c.closesOn(), lang));
        }
        return templates.text(lang, "noCall");
    }

    private void appendVerdicts(StringBuilder answer, List<EligibilityAnswer.Result> verdicts, String lang) {
        Set<String> missing = new LinkedHashSet<>();
        for (EligibilityAnswer.Result r : verdicts) {
            answer.append('\n').append(templates.text(lang, "verdict." + r.verdict().name(), name(r.programme(), lang)));
            r.failed().forEach(f -> answer.append('\n').append(templates.text(lang, "failedCriterion", f.message())));
            if (!r.missing().isEmpty()) {
                answer.append('\n').append(templates.text(lang, "missingCriterion", r.missing().stream()
                        .map(field -> templates.text(lang, "field." + field)).collect(Collectors.joining(", "))));
                missing.addAll(r.missing());
            }
            r.toVerify().forEach(v -> answer.append('\n').append(templates.text(lang, "toVerify", v)));
        }
        if (!missing.isEmpty()) {
            answer.append('\n').append(templates.text(lang, "askMissing", missing.stream()
                    .map(field -> templates.text(lang, "field." + field)).collect(Collectors.joining(", "))));
        }
    }

    private List<String> suggestions(String lang, Intent intent, Reply reply) {
        List<String> out = new ArrayList<>();
        if (intent != Intent.ELIGIBILITY) {
            out.add(templates.text(lang, "suggest.eligibility"));
        }
        if (intent != Intent.CALLS) {
            out.add(templates.text(lang, "suggest.calls"));
        }
        if (!reply.programmes().isEmpty() && intent != Intent.PROGRAMME_DETAILS) {
            out.add(templates.text(lang, "suggest.ceiling"));
        }
        if (reply.programmes().isEmpty()) {
            out.add(templates.text(lang, "suggest.find"));
        }
        return out;
    }

    private String name(String code, String lang) {
        return catalogue.find(code).map(e -> text(e.programme().name(), lang)).orElse(code);
    }

    private static String text(TextData t, String lang) {
        if (t == null) {
            return "";
        }
        return "en".equals(lang) && t.en() != null ? t.en() : t.fr();
    }

    private static List<String> codes(List<AssistantAnswer.ProgrammeRef> refs) {
        return refs.stream().map(AssistantAnswer.ProgrammeRef::code).toList();
    }
}
