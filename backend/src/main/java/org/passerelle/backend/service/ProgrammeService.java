package org.passerelle.backend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.passerelle.backend.dataset.CallData;
import org.passerelle.backend.dataset.DatasetChanged;
import org.passerelle.backend.dataset.DatasetMapper;
import org.passerelle.backend.dataset.Errors;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.dataset.ValidationException;
import org.passerelle.domain.audit.AuditAction;
import org.passerelle.domain.call.CallForProjects;
import org.passerelle.domain.call.CallRepository;
import org.passerelle.domain.programme.Programme;
import org.passerelle.domain.programme.ProgrammeContent;
import org.passerelle.domain.programme.ProgrammeFilter;
import org.passerelle.domain.programme.ProgrammeRepository;
import org.passerelle.domain.project.ProjectRepository;
import org.passerelle.domain.shared.Page;
import org.passerelle.domain.shared.PageRequest;

/**
 * Managing programmes: the listing for managers, creation, revision, publication and deletion. Each
 * change is one transaction with its audit event; the search index follows once it commits.
 */
@ApplicationScoped
public class ProgrammeService {

    private static final Logger LOG = Logger.getLogger(ProgrammeService.class.getName());
    static final String KIND = "Programme";

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private CallRepository calls;

    @Inject
    private ProjectRepository projects;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<DatasetChanged> changed;

    /** A programme with the version a later update must name, so that concurrent edits are caught. */
    public record Versioned(ProgrammeData programme, long version) {
    }

    @Transactional
    public Page<ProgrammeData> list(ProgrammeFilter filter, PageRequest page) {
        return new Page<>(programmes.find(filter, page).stream().map(DatasetMapper::toData).toList(),
                programmes.count(filter));
    }

    @Transactional
    public Versioned get(String code) {
        Programme programme = find(code);
        return new Versioned(DatasetMapper.toData(programme), programme.version());
    }

    @Transactional
    public List<CallData> callsOf(String code) {
        return calls.findByProgramme(find(code)).stream().map(DatasetMapper::toData).toList();
    }

    @Transactional
    public Versioned create(ProgrammeData data) {
        if (programmes.findByCode(data.code()).isPresent()) {
            throw new Conflict("code", "A programme with the code " + data.code() + " already exists.");
        }
        ProgrammeContent content = content(data);
        Errors errors = new Errors();
        Programme programme = errors.attempt("$", DatasetMapper.PROGRAMME_FIELDS, () -> {
            Programme created = new Programme(data.code(), content);
            if (data.status() != null) {
                created.restoreStatus(data.status());
            }
            return created;
        });
        errors.throwIfAny("The programme is not valid");
        programmes.add(programme);
        // The version is set when the row is written: flush, so that the answer names the stored one.
        programmes.flush();
        ProgrammeData after = DatasetMapper.toData(programme);
        audit.record(AuditAction.CREATE, KIND, programme.code(), null, after);
        changed.fire(DatasetChanged.programme(programme.code()));
        LOG.info(() -> "Programme " + programme.code() + " created.");
        return new Versioned(after, programme.version());
    }

    @Transactional
    public Versioned update(String code, ProgrammeData data, Long expectedVersion) {
        Programme programme = find(code);
        Versions.check(expectedVersion, programme.version(), "programme", code);
        if (data.code() != null && !data.code().equals(code)) {
            throw ValidationException.single("$.code", "The code of a programme cannot change (" + code + ").");
        }
        ProgrammeData before = DatasetMapper.toData(programme);
        ProgrammeContent content = content(data);
        Errors errors = new Errors();
        errors.attempt("$", DatasetMapper.PROGRAMME_FIELDS, () -> {
            programme.revise(content);
            if (data.status() != null && data.status() != programme.status()) {
                programme.restoreStatus(data.status());
            }
            return programme;
        });
        errors.throwIfAny("The programme is not valid");
        checkProjectsStillHold(programme);
        return saved(programme, before, AuditAction.UPDATE);
    }

    @Transactional
    public Versioned publish(String code, Long expectedVersion) {
        return changeStatus(code, expectedVersion, Programme::publish);
    }

    @Transactional
    public Versioned archive(String code, Long expectedVersion) {
        return changeStatus(code, expectedVersion, Programme::archive);
    }

    @Transactional
    public Versioned unpublish(String code, Long expectedVersion) {
        return changeStatus(code, expectedVersion, Programme::unpublish);
    }

    private Versioned changeStatus(String code, Long expectedVersion, java.util.function.Consumer<Programme> act) {
        Programme programme = find(code);
        Versions.check(expectedVersion, programme.version(), "programme", code);
        ProgrammeData before = DatasetMapper.toData(programme);
        act.accept(programme);
        return saved(programme, before, AuditAction.STATUS_CHANGE);
    }

    @Transactional
    public void delete(String code) {
        Programme programme = find(code);
        if (projects.existsForProgramme(programme)) {
            throw new Conflict("code", "The programme " + code + " still has projects; archive it instead,"
                    + " or move or delete its projects first.");
        }
        ProgrammeData before = DatasetMapper.toData(programme);
        for (CallForProjects call : calls.findByProgramme(programme)) {
            audit.record(AuditAction.DELETE, "Call", call.code(), DatasetMapper.toData(call), null);
            calls.remove(call);
        }
        programmes.remove(programme);
        audit.record(AuditAction.DELETE, KIND, code, before, null);
        changed.fire(DatasetChanged.programme(code));
    }

    private Versioned saved(Programme programme, ProgrammeData before, AuditAction action) {
        programmes.flush();
        ProgrammeData after = DatasetMapper.toData(programme);
        audit.record(action, KIND, programme.code(), before, after);
        changed.fire(DatasetChanged.programme(programme.code()));
        return new Versioned(after, programme.version());
    }

    /** A programme's new axes must still serve its projects. */
    private void checkProjectsStillHold(Programme programme) {
        for (var project : projects.find(new org.passerelle.domain.project.ProjectFilter(null, null, null,
                programme.code(), null), PageRequest.of(0, PageRequest.MAX_LIMIT))) {
            if (!programme.serves(project.axis())) {
                throw ValidationException.single("$.axes", "The project " + project.reference() + " has the axis "
                        + project.axis() + ", which the programme would no longer serve.");
            }
        }
    }

    private static ProgrammeContent content(ProgrammeData data) {
        Errors errors = new Errors();
        ProgrammeContent content = DatasetMapper.programmeContent(data, "$", errors);
        errors.throwIfAny("The programme is not valid");
        return content;
    }

    Programme find(String code) {
        return programmes.findByCode(code).orElseThrow(() -> new RecordNotFound("programme", code));
    }
}
