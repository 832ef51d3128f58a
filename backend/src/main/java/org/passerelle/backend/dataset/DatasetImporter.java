package org.passerelle.backend.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import org.passerelle.backend.service.AuditTrail;
import org.passerelle.backend.service.Caller;
import org.passerelle.domain.audit.AuditAction;
import org.passerelle.domain.call.CallForProjects;
import org.passerelle.domain.call.CallRepository;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationDetails;
import org.passerelle.domain.organisation.OrganisationRepository;
import org.passerelle.domain.programme.Programme;
import org.passerelle.domain.programme.ProgrammeContent;
import org.passerelle.domain.programme.ProgrammeRepository;
import org.passerelle.domain.project.Project;
import org.passerelle.domain.project.ProjectDetails;
import org.passerelle.domain.project.ProjectRepository;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Code;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.LocalizedText;
import org.passerelle.domain.shared.Territory;

/**
 * Imports a dataset document in one transaction. The whole document is checked first — schema, unique
 * codes, references, and every domain rule, by building the very entities that will be stored — and
 * every problem is reported with its JSON path; only a document without any problem changes anything.
 */
@ApplicationScoped
public class DatasetImporter {

    private static final Logger LOG = Logger.getLogger(DatasetImporter.class.getName());

    @PersistenceContext(unitName = "passerelle")
    private EntityManager em;

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private CallRepository calls;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private ProjectRepository projects;

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private Event<DatasetChanged> changed;

    public DatasetImporter() {
        // for CDI
    }

    /**
     * An importer over the given repositories and nothing else: enough to check documents (every check
     * runs before the first write) without a database, as the unit tests do.
     */
    DatasetImporter(ProgrammeRepository programmes, CallRepository calls, OrganisationRepository organisations,
            ProjectRepository projects, Caller caller, Clock clock) {
        this.programmes = programmes;
        this.calls = calls;
        this.organisations = organisations;
        this.projects = projects;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public ImportSummary importDataset(String body, ImportMode mode) {
        if (mode == null) {
            throw ValidationException.single("mode", "mode must be 'replace' or 'merge'.");
        }
        DatasetReader.Read<DatasetDocument> read = DatasetReader.document(body);
        if (read.value() == null) {
            Errors unreadable = new Errors();
            unreadable.addAll(read.errors());
            unreadable.throwIfAny("The dataset was refused");
        }
        Errors found = new Errors();
        Plan plan = new Plan(mode, found, clock.instant(), caller.name());
        plan.build(read.value());
        Errors errors = new Errors();
        errors.addAll(read.errors());
        errors.addAll(beyondSchema(read.errors(), found.list()));
        errors.throwIfAny("The dataset was refused; nothing was changed");

        if (mode == ImportMode.REPLACE) {
            deleteEverything();
        }
        plan.persistNew();
        em.flush();

        ImportSummary summary = summary();
        audit.record(AuditAction.IMPORT, "Dataset", mode.name(), null, summary);
        changed.fire(DatasetChanged.everything());
        LOG.info(() -> "Dataset imported (" + mode + ") by " + caller.name() + ": " + summary);
        return summary;
    }

    /**
     * The problems the checks after the schema found, less those at or below a place the schema already
     * faulted: they follow from it (a value the forgiving read could not take, a field reported twice).
     */
    static List<ValidationError> beyondSchema(List<ValidationError> schema, List<ValidationError> found) {
        return found.stream().filter(error -> schema.stream().noneMatch(fault -> fault.path().equals(error.path())
                || fault.path().startsWith(error.path() + ".") || fault.path().startsWith(error.path() + "[")))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportSummary summary() {
        return new ImportSummary(count("Programme"), count("CallForProjects"), count("Organisation"), count("Project"));
    }

    private long count(String entity) {
        return em.createQuery("SELECT COUNT(x) FROM " + entity + " x", Long.class).getSingleResult();
    }

    private void deleteEverything() {
        // Partners, histories and conditions go with their owners (ON DELETE CASCADE in the schema).
        em.createQuery("DELETE FROM Project p").executeUpdate();
        em.createQuery("DELETE FROM CallForProjects c").executeUpdate();
        em.createQuery("DELETE FROM Programme p").executeUpdate();
        em.createQuery("DELETE FROM Organisation o").executeUpdate();
        em.clear();
    }

    /**
     * The entities a document will leave in the installation, built (new) or revised (existing, in
     * merge mode) in memory, with every problem recorded on the way.
     */
    private final class Plan {

        private final ImportMode mode;
        private final Errors errors;
        private final Instant now;
        private final String actor;
        private final Map<String, Programme> programmeByCode = new HashMap<>();
        private final Map<String, CallForProjects> callByCode = new HashMap<>();
        private final Map<String, Organisation> organisationByCode = new HashMap<>();
        private final List<Object> toPersist = new ArrayList<>();
        private final Set<String> revisedProgrammes = new HashSet<>();
        private final Set<String> projectsInDocument = new HashSet<>();
        private Map<String, Integer> programmeIndex = Map.of();
        private Map<String, Integer> callIndex = Map.of();
        private Map<String, Integer> organisationIndex = Map.of();

        Plan(ImportMode mode, Errors errors, Instant now, String actor) {
            this.mode = mode;
            this.errors = errors;
            this.now = now;
            this.actor = actor;
        }

        void build(DatasetDocument d) {
            programmeIndex = unique(d.programmesOrEmpty(), ProgrammeData::code, "programmes", "code");
            callIndex = unique(d.callsOrEmpty(), CallData::code, "calls", "code");
            organisationIndex = unique(d.organisationsOrEmpty(), OrganisationData::code, "organisations", "code");
            unique(d.projectsOrEmpty(), ProjectData::reference, "projects", "reference");

            List<OrganisationData> orgs = d.organisationsOrEmpty();
            for (int i = 0; i < orgs.size(); i++) {
                organisation(orgs.get(i), "$.organisations[" + i + "]");
            }
            List<ProgrammeData> progs = d.programmesOrEmpty();
            for (int i = 0; i < progs.size(); i++) {
                programme(progs.get(i), "$.programmes[" + i + "]");
            }
            List<CallData> cs = d.callsOrEmpty();
            for (int i = 0; i < cs.size(); i++) {
                call(cs.get(i), "$.calls[" + i + "]");
            }
            List<ProjectData> ps = d.projectsOrEmpty();
            for (int i = 0; i < ps.size(); i++) {
                project(ps.get(i), "$.projects[" + i + "]");
            }
            if (mode == ImportMode.MERGE) {
                recheckProjectsOutsideTheDocument();
            }
        }

        /** Records each code used twice; returns the index of each code's first record. */
        private <T> Map<String, Integer> unique(List<T> records, Function<T, String> code, String kind, String field) {
            Map<String, Integer> first = new LinkedHashMap<>();
            for (int i = 0; i < records.size(); i++) {
                T data = records.get(i);
                String value = data == null ? null : code.apply(data);
                if (value == null) {
                    continue;
                }
                Integer previous = first.putIfAbsent(value, i);
                if (previous != null) {
                    errors.add("$." + kind + "[" + i + "]." + field, "The " + field + " '" + value
                            + "' is already used by $." + kind + "[" + previous + "].");
                }
            }
            return first;
        }

        private void organisation(OrganisationData data, String path) {
            if (data == null || data.code() == null || organisationByCode.containsKey(data.code())) {
                return;
            }
            OrganisationDetails details = DatasetMapper.organisationDetails(data);
            Organisation existing = existing(organisations.findByCode(data.code()).orElse(null));
            Organisation result = errors.attempt(path, Errors.FieldPath.FLAT, () -> {
                if (existing != null) {
                    existing.revise(details);
                    return existing;
                }
                return new Organisation(data.code(), details);
            });
            if (result != null) {
                organisationByCode.put(data.code(), result);
                if (existing == null) {
                    toPersist.add(result);
                }
            }
        }

        private void programme(ProgrammeData data, String path) {
            if (data == null || data.code() == null || programmeByCode.containsKey(data.code())) {
                return;
            }
            ProgrammeContent content = DatasetMapper.programmeContent(data, path, errors);
            if (content == null) {
                return;
            }
            Programme existing = existing(programmes.findByCode(data.code()).orElse(null));
            Programme result = errors.attempt(path, DatasetMapper.PROGRAMME_FIELDS, () -> {
                Programme programme = existing != null ? existing : new Programme(data.code(), content);
                if (existing != null) {
                    existing.revise(content);
                }
                programme.restoreStatus(data.status());
                return programme;
            });
            if (result != null) {
                programmeByCode.put(data.code(), result);
                revisedProgrammes.add(data.code());
                if (existing == null) {
                    toPersist.add(result);
                }
            }
        }

        private void call(CallData data, String path) {
            if (data == null || data.code() == null || callByCode.containsKey(data.code())) {
                return;
            }
            int before = errors.size();
            Programme programme = programme(data.programme(), path + ".programme");
            LocalizedText title = DatasetMapper.text(data.title(), path + ".title", errors);
            LocalDate opensOn = DatasetMapper.date(data.opensOn(), path + ".opensOn", errors);
            LocalDate closesOn = DatasetMapper.date(data.closesOn(), path + ".closesOn", errors);
            if (errors.size() > before) {
                return;
            }
            CallForProjects existing = existing(calls.findByCode(data.code()).orElse(null));
            CallForProjects result = errors.attempt(path, Errors.FieldPath.FLAT, () -> {
                if (existing != null) {
                    existing.revise(programme, title, opensOn, closesOn, data.budget());
                    return existing;
                }
                return new CallForProjects(data.code(), programme, title, opensOn, closesOn, data.budget());
            });
            if (result != null) {
                callByCode.put(data.code(), result);
                if (existing == null) {
                    toPersist.add(result);
                }
            }
        }

        private void project(ProjectData data, String path) {
            if (data == null || data.reference() == null) {
                return;
            }
            if (!projectsInDocument.add(data.reference())) {
                return;
            }
            int before = errors.size();
            LocalizedText title = DatasetMapper.text(data.title(), path + ".title", errors);
            LocalizedText summary = data.summary() == null ? null
                    : DatasetMapper.text(data.summary(), path + ".summary", errors);
            Programme programme = programme(data.programme(), path + ".programme");
            CallForProjects call = data.call() == null ? null : call(data.call(), path + ".call");
            Organisation lead = organisation(data.lead(), path + ".lead");
            List<Organisation> partners = new ArrayList<>();
            if (data.partners() != null) {
                for (int i = 0; i < data.partners().size(); i++) {
                    partners.add(organisation(data.partners().get(i), path + ".partners[" + i + "]"));
                }
            }
            LocalDate start = DatasetMapper.date(data.startDate(), path + ".startDate", errors);
            LocalDate end = DatasetMapper.date(data.endDate(), path + ".endDate", errors);
            if (errors.size() > before) {
                checkWithStandIns(data, path, title, summary, programme, lead, partners, start, end);
                return;
            }
            ProjectDetails details = new ProjectDetails(title, summary, programme, data.axis(), call, lead, partners,
                    data.currency(), data.totalBudget(), data.requestedAmount(), start, end, data.themes());
            Project existing = existing(projects.findByReference(data.reference()).orElse(null));
            Project result = errors.attempt(path, Errors.FieldPath.FLAT, () -> {
                if (existing != null) {
                    existing.restore(details, data.status(), data.grantedAmount(), now, actor);
                    return existing;
                }
                return Project.restored(data.reference(), details, data.status(), data.grantedAmount(), now, actor);
            });
            if (result != null && existing == null) {
                toPersist.add(result);
            }
        }

        /**
         * A project whose references or texts are already in error is still checked against the rules
         * that do not depend on them (amounts, grant, dates, partners), with stand-ins for what is
         * missing, so that one answer lists all its problems. Nothing built here is stored.
         */
        private void checkWithStandIns(ProjectData data, String path, LocalizedText title, LocalizedText summary,
                Programme programme, Organisation lead, List<Organisation> partners, LocalDate start, LocalDate end) {
            Programme standInProgramme = programme;
            if (standInProgramme == null) {
                List<Axis> axes = data.axis() == null
                        ? List.of(Axis.values()) : List.of(data.axis());
                standInProgramme = errors.attempt(path, Errors.FieldPath.FLAT, () -> new Programme("STAND-IN",
                        new ProgrammeContent(LocalizedText.fr("?"), LocalizedText.fr("?"),
                                null, axes, null, null, Currency.EUR, null, null, null, null,
                                null, null)));
            }
            Organisation standInLead = lead != null ? lead : standInOrganisation(data.lead());
            List<Organisation> standInPartners = new ArrayList<>();
            for (int i = 0; i < partners.size(); i++) {
                Organisation partner = partners.get(i);
                standInPartners.add(partner != null ? partner : standInOrganisation(data.partners().get(i)));
            }
            ProjectDetails details = new ProjectDetails(title == null ? LocalizedText.fr("?") : title, summary,
                    standInProgramme, data.axis(), null, standInLead, standInPartners, data.currency(),
                    data.totalBudget(), data.requestedAmount(), start, end, data.themes());
            Set<String> known = new HashSet<>();
            errors.list().forEach(e -> known.add(e.path()));
            Errors found = new Errors();
            found.attempt(path, Errors.FieldPath.FLAT, () -> Project.restored("STAND-IN", details, data.status(),
                    data.grantedAmount(), now, actor));
            found.list().stream().filter(e -> !known.contains(e.path())).forEach(e -> errors.add(e.path(), e.message()));
        }

        private Organisation standInOrganisation(String code) {
            String standInCode = Code.isValid(code) ? code : "STAND-IN";
            return new Organisation(standInCode, new OrganisationDetails("?",
                    ApplicantType.ASSOCIATION, Territory.OTHER,
                    null, null, null, null, null));
        }

        /**
         * In merge mode, a programme or call of the document may change under projects the document
         * does not mention; they must still hold (axis served, call of the project's programme).
         */
        private void recheckProjectsOutsideTheDocument() {
            for (String code : revisedProgrammes) {
                Programme programme = programmeByCode.get(code);
                if (programme.id() == null) {
                    continue;
                }
                List<Project> affected = em.createQuery(
                        "SELECT p FROM Project p WHERE p.programme = :programme OR p.call.programme = :programme",
                        Project.class).setParameter("programme", programme).getResultList();
                for (Project project : affected) {
                    if (!projectsInDocument.contains(project.reference())) {
                        errors.attempt("$.programmes[" + programmeIndex.get(code) + "]",
                                field -> field.equals("axis") ? "axes" : field, () -> {
                                    project.revise(project.details());
                                    return project;
                                });
                    }
                }
            }
        }

        private Programme programme(String code, String path) {
            Programme found = code == null ? null : programmeByCode.get(code);
            if (found == null && code != null && mode == ImportMode.MERGE) {
                found = programmes.findByCode(code).orElse(null);
            }
            if (found == null) {
                errors.add(path, code == null ? "The programme is required."
                        : missing("programme", code, programmeIndex, "programmes"));
            }
            return found;
        }

        private CallForProjects call(String code, String path) {
            CallForProjects found = callByCode.get(code);
            if (found == null && mode == ImportMode.MERGE) {
                found = calls.findByCode(code).orElse(null);
            }
            if (found == null) {
                errors.add(path, missing("call", code, callIndex, "calls"));
            }
            return found;
        }

        private Organisation organisation(String code, String path) {
            Organisation found = code == null ? null : organisationByCode.get(code);
            if (found == null && code != null && mode == ImportMode.MERGE) {
                found = organisations.findByCode(code).orElse(null);
            }
            if (found == null) {
                errors.add(path, code == null ? "The organisation is required."
                        : missing("organisation", code, organisationIndex, "organisations"));
            }
            return found;
        }

        /** Why a code names nothing usable: no record has it, or its record in the document was refused. */
        private String missing(String kind, String code, Map<String, Integer> index, String list) {
            Integer at = index.get(code);
            if (at != null) {
                return "The " + kind + " '" + code + "' cannot be used: its record ($." + list + "[" + at
                        + "]) has errors.";
            }
            return "No " + kind + " has the code '" + code + "'"
                    + (mode == ImportMode.MERGE ? " in the document or the installation" : " in the document") + ".";
        }

        /** In replace mode nothing stored counts: every record is new. */
        private <T> T existing(T stored) {
            return mode == ImportMode.MERGE ? stored : null;
        }

        void persistNew() {
            toPersist.forEach(em::persist);
        }
    }
}
