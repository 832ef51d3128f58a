package org.passerelle.backend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.logging.Logger;
import org.passerelle.backend.dataset.CallData;
import org.passerelle.backend.dataset.DatasetChanged;
import org.passerelle.backend.dataset.DatasetMapper;
import org.passerelle.backend.dataset.Errors;
import org.passerelle.backend.dataset.ValidationException;
import org.passerelle.domain.audit.AuditAction;
import org.passerelle.domain.call.CallFilter;
import org.passerelle.domain.call.CallForProjects;
import org.passerelle.domain.call.CallRepository;
import org.passerelle.domain.programme.Programme;
import org.passerelle.domain.programme.ProgrammeRepository;
import org.passerelle.domain.project.ProjectRepository;
import org.passerelle.domain.shared.LocalizedText;
import org.passerelle.domain.shared.Page;
import org.passerelle.domain.shared.PageRequest;

/**
 * Managing calls for projects: listing, creation, revision and deletion. Each change is one
 * transaction with its audit event; the search index follows once it commits.
 */
@ApplicationScoped
public class CallService {

    private static final Logger LOG = Logger.getLogger(CallService.class.getName());
    static final String KIND = "Call";

    @Inject
    private CallRepository calls;

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private ProjectRepository projects;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<DatasetChanged> changed;

    @Inject
    private Clock clock;

    /** A call with the version a later update must name, so that concurrent edits are caught. */
    public record Versioned(CallData call, long version) {
    }

    @Transactional
    public Page<CallData> list(CallFilter filter, PageRequest page) {
        // States are judged on the application's clock, not the database's.
        CallFilter dated = filter.asOf() != null ? filter : new CallFilter(filter.text(), filter.programme(),
                filter.state(), LocalDate.now(clock), filter.programmeStatus());
        return new Page<>(calls.find(dated, page).stream().map(DatasetMapper::toData).toList(), calls.count(dated));
    }

    @Transactional
    public Versioned get(String code) {
        CallForProjects call = find(code);
        return new Versioned(DatasetMapper.toData(call), call.version());
    }

    @Transactional
    public Versioned create(CallData data) {
        if (calls.findByCode(data.code()).isPresent()) {
            throw new Conflict("code", "A call with the code " + data.code() + " already exists.");
        }
        Values values = values(data);
        Errors errors = new Errors();
        CallForProjects call = errors.attempt("$", Errors.FieldPath.FLAT, () -> new CallForProjects(data.code(),
                values.programme(), values.title(), values.opensOn(), values.closesOn(), data.budget()));
        errors.throwIfAny("The call is not valid");
        calls.add(call);
        calls.flush();
        CallData after = DatasetMapper.toData(call);
        audit.record(AuditAction.CREATE, KIND, call.code(), null, after);
        changed.fire(DatasetChanged.programme(values.programme().code()));
        LOG.info(() -> "Call " + call.code() + " created.");
        return new Versioned(after, call.version());
    }

    @Transactional
    public Versioned update(String code, CallData data, Long expectedVersion) {
        CallForProjects call = find(code);
        Versions.check(expectedVersion, call.version(), "call", code);
        if (data.code() != null && !data.code().equals(code)) {
            throw ValidationException.single("$.code", "The code of a call cannot change (" + code + ").");
        }
        CallData before = DatasetMapper.toData(call);
        String formerProgramme = call.programme().code();
        Values values = values(data);
        if (values.programme() != null && !values.programme().code().equals(formerProgramme)
                && projects.existsForCall(call)) {
            throw ValidationException.single("$.programme", "The call " + code + " has projects of the programme "
                    + formerProgramme + "; it cannot move to " + values.programme().code() + ".");
        }
        Errors errors = new Errors();
        errors.attempt("$", Errors.FieldPath.FLAT, () -> {
            call.revise(values.programme(), values.title(), values.opensOn(), values.closesOn(), data.budget());
            return call;
        });
        errors.throwIfAny("The call is not valid");
        calls.flush();
        CallData after = DatasetMapper.toData(call);
        audit.record(AuditAction.UPDATE, KIND, code, before, after);
        changed.fire(new DatasetChanged(Set.of(formerProgramme, call.programme().code())));
        return new Versioned(after, call.version());
    }

    @Transactional
    public void delete(String code) {
        CallForProjects call = find(code);
        if (projects.existsForCall(call)) {
            throw new Conflict("code", "The call " + code + " still has projects; move or delete them first.");
        }
        CallData before = DatasetMapper.toData(call);
        calls.remove(call);
        audit.record(AuditAction.DELETE, KIND, code, before, null);
        changed.fire(DatasetChanged.programme(before.programme()));
    }

    /** The domain values of a call record, or every reason why they cannot be had. */
    private Values values(CallData data) {
        Errors errors = new Errors();
        Programme programme = References.find(data.programme(), "$.programme", "programme", programmes::findByCode,
                errors);
        LocalizedText title = data.title() == null ? null : DatasetMapper.text(data.title(), "$.title", errors);
        LocalDate opensOn = DatasetMapper.date(data.opensOn(), "$.opensOn", errors);
        LocalDate closesOn = DatasetMapper.date(data.closesOn(), "$.closesOn", errors);
        errors.throwIfAny("The call is not valid");
        return new Values(programme, title, opensOn, closesOn);
    }

    private record Values(Programme programme, LocalizedText title, LocalDate opensOn, LocalDate closesOn) {
    }

    CallForProjects find(String code) {
        return calls.findByCode(code).orElseThrow(() -> new RecordNotFound("call", code));
    }
}
