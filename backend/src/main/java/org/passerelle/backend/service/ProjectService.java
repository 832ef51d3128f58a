package org.passerelle.backend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.passerelle.backend.dataset.DatasetMapper;
import org.passerelle.backend.dataset.Errors;
import org.passerelle.backend.dataset.ProjectData;
import org.passerelle.backend.dataset.ValidationException;
import org.passerelle.domain.audit.AuditAction;
import org.passerelle.domain.call.CallForProjects;
import org.passerelle.domain.call.CallRepository;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationRepository;
import org.passerelle.domain.programme.Programme;
import org.passerelle.domain.programme.ProgrammeRepository;
import org.passerelle.domain.project.Project;
import org.passerelle.domain.project.ProjectDetails;
import org.passerelle.domain.project.ProjectFilter;
import org.passerelle.domain.project.ProjectRepository;
import org.passerelle.domain.project.ProjectStatus;
import org.passerelle.domain.project.Transition;
import org.passerelle.domain.shared.LocalizedText;
import org.passerelle.domain.shared.Page;
import org.passerelle.domain.shared.PageRequest;

/**
 * Managing cooperation projects: listing, creation (as drafts), revision of their details, the
 * workflow's transitions and deletion. Status and grant change only through transitions, each kept in
 * the project's history and in the audit trail.
 */
@ApplicationScoped
public class ProjectService {

    private static final Logger LOG = Logger.getLogger(ProjectService.class.getName());
    static final String KIND = "Project";

    @Inject
    private ProjectRepository projects;

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private CallRepository calls;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Transactional
    public Page<ProjectView> list(ProjectFilter filter, PageRequest page) {
        return new Page<>(projects.find(filter, page).stream().map(ProjectView::listed).toList(),
                projects.count(filter));
    }

    @Transactional
    public ProjectView get(String reference) {
        return ProjectView.of(find(reference));
    }

    /** A new project, always a draft without grant: the record's status must say DRAFT, if anything. */
    @Transactional
    public ProjectView create(ProjectData data) {
        if (projects.findByReference(data.reference()).isPresent()) {
            throw new Conflict("reference", "A project with the reference " + data.reference() + " already exists.");
        }
        Errors errors = new Errors();
        if (data.status() != null && data.status() != ProjectStatus.DRAFT) {
            errors.add("$.status", "A new project starts as DRAFT; its status then changes through the workflow's"
                    + " transitions.");
        }
        if (data.grantedAmount() != null) {
            errors.add("$.grantedAmount", "A new project has no granted amount; approval sets it.");
        }
        ProjectDetails details = details(data, errors);
        errors.throwIfAny("The project is not valid");
        Project project = errors.attempt("$", Errors.FieldPath.FLAT,
                () -> new Project(data.reference(), details, clock.instant(), caller.name()));
        errors.throwIfAny("The project is not valid");
        projects.add(project);
        projects.flush();
        audit.record(AuditAction.CREATE, KIND, project.reference(), null, DatasetMapper.toData(project));
        LOG.info(() -> "Project " + project.reference() + " created.");
        return ProjectView.of(project);
    }

    /**
     * Revises a project's details. The record's status and grant must be the project's own: they change
     * only through {@link #transition}.
     */
    @Transactional
    public ProjectView update(String reference, ProjectData data, Long expectedVersion) {
        Project project = find(reference);
        Versions.check(expectedVersion, project.version(), "project", reference);
        if (data.reference() != null && !data.reference().equals(reference)) {
            throw ValidationException.single("$.reference", "The reference of a project cannot change ("
                    + reference + ").");
        }
        Errors errors = new Errors();
        if (data.status() != null && data.status() != project.status()) {
            errors.add("$.status", "The status of " + reference + " is " + project.status()
                    + "; it changes only through the workflow's transitions.");
        }
        if (!sameAmount(data.grantedAmount(), project.grantedAmount())) {
            errors.add("$.grantedAmount", "The granted amount changes only through approval.");
        }
        ProjectDetails details = details(data, errors);
        errors.throwIfAny("The project is not valid");
        ProjectData before = DatasetMapper.toData(project);
        errors.attempt("$", Errors.FieldPath.FLAT, () -> {
            project.revise(details);
            return project;
        });
        errors.throwIfAny("The project is not valid");
        return saved(project, before, AuditAction.UPDATE);
    }

    /**
     * Moves a project along its workflow. A move not allowed from its status is a conflict; a missing
     * comment or grant, or a grant out of bounds, is invalid input naming the field.
     */
    @Transactional
    public ProjectView transition(String reference, Transition transition, BigDecimal grantedAmount, String comment,
            Long expectedVersion) {
        Project project = find(reference);
        Versions.check(expectedVersion, project.version(), "project", reference);
        ProjectData before = DatasetMapper.toData(project);
        project.apply(transition, grantedAmount, comment, clock.instant(), caller.name());
        LOG.info(() -> "Project " + reference + ": " + before.status() + " -> " + project.status() + ".");
        return saved(project, before, AuditAction.STATUS_CHANGE);
    }

    @Transactional
    public void delete(String reference) {
        Project project = find(reference);
        ProjectData before = DatasetMapper.toData(project);
        projects.remove(project);
        audit.record(AuditAction.DELETE, KIND, reference, before, null);
    }

    private ProjectView saved(Project project, ProjectData before, AuditAction action) {
        projects.flush();
        audit.record(action, KIND, project.reference(), before, DatasetMapper.toData(project));
        return ProjectView.of(project);
    }

    /** The details a record describes, with every code that names nothing and every bad date recorded. */
    private ProjectDetails details(ProjectData data, Errors errors) {
        LocalizedText title = data.title() == null ? null : DatasetMapper.text(data.title(), "$.title", errors);
        LocalizedText summary = data.summary() == null ? null
                : DatasetMapper.text(data.summary(), "$.summary", errors);
        Programme programme = References.find(data.programme(), "$.programme", "programme", programmes::findByCode,
                errors);
        CallForProjects call = References.find(data.call(), "$.call", "call", calls::findByCode, errors);
        Organisation lead = References.find(data.lead(), "$.lead", "organisation", organisations::findByCode,
                errors);
        List<Organisation> partners = new ArrayList<>();
        if (data.partners() != null) {
            for (int i = 0; i < data.partners().size(); i++) {
                partners.add(References.find(data.partners().get(i), "$.partners[" + i + "]", "organisation",
                        organisations::findByCode, errors));
            }
        }
        LocalDate start = DatasetMapper.date(data.startDate(), "$.startDate", errors);
        LocalDate end = DatasetMapper.date(data.endDate(), "$.endDate", errors);
        return new ProjectDetails(title, summary, programme, data.axis(), call, lead,
                data.partners() == null ? null : partners, data.currency(), data.totalBudget(),
                data.requestedAmount(), start, end, data.themes());
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    Project find(String reference) {
        return projects.findByReference(reference).orElseThrow(() -> new RecordNotFound("project", reference));
    }
}
