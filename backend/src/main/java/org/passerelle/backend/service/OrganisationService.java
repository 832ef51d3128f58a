package org.passerelle.backend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.passerelle.backend.dataset.DatasetMapper;
import org.passerelle.backend.dataset.Errors;
import org.passerelle.backend.dataset.OrganisationData;
import org.passerelle.backend.dataset.ValidationException;
import org.passerelle.domain.audit.AuditAction;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationFilter;
import org.passerelle.domain.organisation.OrganisationRepository;
import org.passerelle.domain.project.ProjectRepository;
import org.passerelle.domain.shared.Page;
import org.passerelle.domain.shared.PageRequest;

/** Managing partner organisations: listing, creation, revision and deletion, each with its audit event. */
@ApplicationScoped
public class OrganisationService {

    private static final Logger LOG = Logger.getLogger(OrganisationService.class.getName());
    static final String KIND = "Organisation";

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private ProjectRepository projects;

    @Inject
    private AuditTrail audit;

    /** An organisation with the version a later update must name, so that concurrent edits are caught. */
    public record Versioned(OrganisationData organisation, long version) {
    }

    @Transactional
    public Page<OrganisationData> list(OrganisationFilter filter, PageRequest page) {
        return new Page<>(organisations.find(filter, page).stream().map(DatasetMapper::toData).toList(),
                organisations.count(filter));
    }

    @Transactional
    public Versioned get(String code) {
        Organisation organisation = find(code);
        return new Versioned(DatasetMapper.toData(organisation), organisation.version());
    }

    @Transactional
    public Versioned create(OrganisationData data) {
        if (organisations.findByCode(data.code()).isPresent()) {
            throw new Conflict("code", "An organisation with the code " + data.code() + " already exists.");
        }
        Errors errors = new Errors();
        Organisation organisation = errors.attempt("$", Errors.FieldPath.FLAT,
                () -> new Organisation(data.code(), DatasetMapper.organisationDetails(data)));
        errors.throwIfAny("The organisation is not valid");
        organisations.add(organisation);
        organisations.flush();
        OrganisationData after = DatasetMapper.toData(organisation);
        audit.record(AuditAction.CREATE, KIND, organisation.code(), null, after);
        LOG.info(() -> "Organisation " + organisation.code() + " created.");
        return new Versioned(after, organisation.version());
    }

    @Transactional
    public Versioned update(String code, OrganisationData data, Long expectedVersion) {
        Organisation organisation = find(code);
        Versions.check(expectedVersion, organisation.version(), "organisation", code);
        if (data.code() != null && !data.code().equals(code)) {
            throw ValidationException.single("$.code", "The code of an organisation cannot change (" + code + ").");
        }
        OrganisationData before = DatasetMapper.toData(organisation);
        Errors errors = new Errors();
        errors.attempt("$", Errors.FieldPath.FLAT, () -> {
            organisation.revise(DatasetMapper.organisationDetails(data));
            return organisation;
        });
        errors.throwIfAny("The organisation is not valid");
        organisations.flush();
        OrganisationData after = DatasetMapper.toData(organisation);
        audit.record(AuditAction.UPDATE, KIND, code, before, after);
        return new Versioned(after, organisation.version());
    }

    @Transactional
    public void delete(String code) {
        Organisation organisation = find(code);
        if (projects.existsForOrganisation(organisation)) {
            throw new Conflict("code", "The organisation " + code + " leads or joins projects; take it out of them"
                    + " first.");
        }
        OrganisationData before = DatasetMapper.toData(organisation);
        organisations.remove(organisation);
        audit.record(AuditAction.DELETE, KIND, code, before, null);
    }

    Organisation find(String code) {
        return organisations.findByCode(code).orElseThrow(() -> new RecordNotFound("organisation", code));
    }
}
