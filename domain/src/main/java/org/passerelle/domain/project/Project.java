package org.passerelle.domain.project;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.passerelle.domain.call.CallForProjects;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.programme.Programme;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Checks;
import org.passerelle.domain.shared.Code;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.DomainException;
import org.passerelle.domain.shared.ListConverters;
import org.passerelle.domain.shared.Violations;
import org.passerelle.domain.shared.LocalizedText;

/**
 * A cooperation project: led by one organisation with partners, funded (or asking to be) by one
 * programme, and moving through the workflow of {@link Transition}s, each step kept in its history.
 * Aggregate root.
 */
@Entity
@Table(name = "project")
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
    @SequenceGenerator(name = "project_seq", sequenceName = "project_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 40)
    private String reference;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fr", column = @Column(name = "title_fr", nullable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "title_en"))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fr", column = @Column(name = "summary_fr")),
        @AttributeOverride(name = "en", column = @Column(name = "summary_en"))})
    private LocalizedText summary;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Axis axis;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "call_id")
    private CallForProjects call;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_id", nullable = false)
    private Organisation lead;

    @ManyToMany
    @JoinTable(name = "project_partner",
            joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "list_index")
    private List<Organisation> partners = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private Currency currency;

    @Column(name = "total_budget", nullable = false)
    private BigDecimal totalBudget;

    @Column(name = "requested_amount", nullable = false)
    private BigDecimal requestedAmount;

    @Column(name = "granted_amount")
    private BigDecimal grantedAmount;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    private String themes;

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at ASC")
    private List<StatusChange> history = new ArrayList<>();

    protected Project() {
        // for JPA
    }

    /** A new project, recorded as a {@link ProjectStatus#DRAFT} by {@code actor}. */
    public Project(String reference, ProjectDetails details, Instant at, String actor) {
        this.reference = Code.require(reference, "reference");
        this.status = ProjectStatus.DRAFT;
        revise(details);
        history.add(new StatusChange(this, at, actor, null, ProjectStatus.DRAFT, null));
    }

    /**
     * A project as a dataset states it, in whatever status and with whatever grant another
     * installation had recorded; the import is the first step of its history here.
     */
    public static Project restored(String reference, ProjectDetails details, ProjectStatus status,
            BigDecimal grantedAmount, Instant at, String actor) {
        Project project = new Project();
        project.reference = Code.require(reference, "reference");
        project.restore(details, status, grantedAmount, at, actor);
        return project;
    }

    /**
     * Sets details, status and grant together as a dataset states them, recording the change of status
     * if there is one. Used by imports, which carry the state of another installation.
     */
    public void restore(ProjectDetails details, ProjectStatus newStatus, BigDecimal granted, Instant at, String actor) {
        Checks.required(newStatus, "status");
        ProjectStatus from = status;
        BigDecimal previousGrant = grantedAmount;
        status = newStatus;
        grantedAmount = null;
        Violations v = new Violations();
        v.run(() -> revise(details));
        if (granted != null) {
            if (!newStatus.mayHaveGrant()) {
                v.add("project.granted", "grantedAmount", "A project in status " + newStatus + " has no granted amount.");
            }
            v.check(() -> Checks.amount(granted, "grantedAmount", false));
            BigDecimal requested = details.requestedAmount();
            if (requested != null && granted.compareTo(requested) > 0) {
                v.add("project.granted", "grantedAmount", "The granted amount (" + Checks.plain(granted).toPlainString()
                        + ") is above the requested amount (" + Checks.plain(requested).toPlainString() + ").");
            }
        }
        if (!v.isEmpty()) {
            status = from;
            grantedAmount = previousGrant;
            v.throwIfAny();
        }
        grantedAmount = granted;
        if (from != newStatus) {
            history.add(new StatusChange(this, at, actor, from, newStatus, "import"));
        }
    }

    /** Replaces the project's details, after checking all of them against each other. */
    public final void revise(ProjectDetails details) {
        Checks.required(details, "project");
        Violations v = new Violations();
        LocalizedText newTitle = v.check(() -> Checks.length(Checks.required(details.title(), "title"),
                Checks.NAME_LENGTH, "title"));
        LocalizedText newSummary = v.check(() -> Checks.length(details.summary(), Checks.TEXT_LENGTH, "summary"));
        Programme newProgramme = v.check(() -> Checks.required(details.programme(), "programme"));
        Axis newAxis = v.check(() -> Checks.required(details.axis(), "axis"));
        if (newProgramme != null && newAxis != null && !newProgramme.serves(newAxis)) {
            v.add("project.axis", "axis", "The axis " + newAxis + " is not one of the axes of "
                    + newProgramme.code() + " (" + newProgramme.axes() + ").");
        }
        CallForProjects newCall = details.call();
        if (newCall != null && newProgramme != null && !newCall.programme().code().equals(newProgramme.code())) {
            v.add("project.call", "call", "The call " + newCall.code()
                    + " belongs to " + newCall.programme().code() + ", not to " + newProgramme.code() + ".");
        }
        Organisation newLead = v.check(() -> Checks.required(details.lead(), "lead"));
        List<Organisation> newPartners = details.partners() == null ? List.of() : List.copyOf(details.partners());
        var partnerCodes = new HashSet<String>();
        for (Organisation partner : newPartners) {
            if (newLead != null && partner.code().equals(newLead.code())) {
                v.add("project.partners", "partners", "The lead " + newLead.code() + " cannot also be a partner.");
            }
            if (!partnerCodes.add(partner.code())) {
                v.add("project.partners", "partners", "The partner " + partner.code() + " is listed twice.");
            }
        }
        Currency newCurrency = v.check(() -> Checks.required(details.currency(), "currency"));
        BigDecimal newTotal = v.check(() -> Checks.amount(Checks.required(details.totalBudget(), "totalBudget"),
                "totalBudget", false));
        BigDecimal newRequested = v.check(() -> Checks.amount(Checks.required(details.requestedAmount(),
                "requestedAmount"), "requestedAmount", false));
        if (newRequested != null && newTotal != null && newRequested.compareTo(newTotal) > 0) {
            v.add("project.requested", "requestedAmount", "The requested amount ("
                    + Checks.plain(newRequested).toPlainString() + ") is above the total budget ("
                    + Checks.plain(newTotal).toPlainString() + ").");
        }
        if (newRequested != null && grantedAmount != null && grantedAmount.compareTo(newRequested) > 0) {
            v.add("project.granted", "requestedAmount", "The requested amount cannot drop below"
                    + " the amount already granted (" + Checks.plain(grantedAmount).toPlainString() + ").");
        }
        if (details.startDate() != null && details.endDate() != null && details.endDate().isBefore(details.startDate())) {
            v.add("project.dates", "endDate",
                    "endDate (" + details.endDate() + ") is before startDate (" + details.startDate() + ").");
        }
        List<String> newThemes = v.check(() -> Checks.joinedLength(Checks.themes(details.themes(), "themes"),
                Checks.TEXT_LENGTH, "themes"));
        v.throwIfAny();

        this.title = newTitle;
        this.summary = newSummary;
        this.programme = newProgramme;
        this.axis = newAxis;
        this.call = newCall;
        this.lead = newLead;
        this.partners.clear();
        this.partners.addAll(newPartners);
        this.currency = newCurrency;
        this.totalBudget = newTotal;
        this.requestedAmount = newRequested;
        this.startDate = details.startDate();
        this.endDate = details.endDate();
        this.themes = ListConverters.STRINGS.convertToDatabaseColumn(newThemes);
    }

    /** Sets (or clears) the granted amount, which only an approved, running or completed project has. */
    public void grant(BigDecimal amount) {
        if (amount != null) {
            if (!status.mayHaveGrant()) {
                throw new DomainException("project.granted", "grantedAmount",
                        "A project in status " + status + " has no granted amount.");
            }
            Checks.amount(amount, "grantedAmount", false);
            if (amount.compareTo(requestedAmount) > 0) {
                throw new DomainException("project.granted", "grantedAmount", "The granted amount ("
                        + Checks.plain(amount).toPlainString() + ") is above the requested amount ("
                        + Checks.plain(requestedAmount).toPlainString() + ").");
            }
        }
        this.grantedAmount = amount;
    }

    /**
     * Moves the project along the workflow. Approval needs the granted amount, and only approval takes
     * one; a refusal or a withdrawal needs a comment.
     */
    public void apply(Transition transition, BigDecimal granted, String comment, Instant at, String actor) {
        Checks.required(transition, "transition");
        if (!transition.allowedFrom(status)) {
            throw new DomainException("project.transition", "status", "A project in status " + status
                    + " cannot be moved by " + transition + "; allowed: " + Transition.from(status) + ".");
        }
        String cleanComment = Checks.length(Checks.trimmedOrNull(comment), Checks.COMMENT_LENGTH, "comment");
        if (transition.requiresComment() && cleanComment == null) {
            throw new DomainException("project.comment", "comment", transition + " needs a comment saying why.");
        }
        if (transition.requiresGrantedAmount() && granted == null) {
            throw new DomainException("project.granted", "grantedAmount", "Approval needs the granted amount.");
        }
        if (!transition.requiresGrantedAmount() && granted != null) {
            // A grant given with another act would be silently dropped: say so instead.
            throw new DomainException("project.granted", "grantedAmount",
                    "Only approval sets the granted amount; " + transition + " takes none.");
        }
        ProjectStatus from = status;
        status = transition.target();
        if (transition.requiresGrantedAmount()) {
            try {
                grant(granted);
            } catch (DomainException e) {
                status = from;
                throw e;
            }
        } else if (!status.mayHaveGrant()) {
            grantedAmount = null;
        }
        history.add(new StatusChange(this, at, actor, from, status, cleanComment));
    }

    public List<Transition> allowedTransitions() {
        return Transition.from(status);
    }

    public ProjectDetails details() {
        return new ProjectDetails(title, summary, programme, axis, call, lead, List.copyOf(partners), currency,
                totalBudget, requestedAmount, startDate, endDate, ListConverters.STRINGS.convertToEntityAttribute(themes));
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String reference() {
        return reference;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText summary() {
        return summary;
    }

    public Programme programme() {
        return programme;
    }

    public Axis axis() {
        return axis;
    }

    public CallForProjects call() {
        return call;
    }

    public Organisation lead() {
        return lead;
    }

    public List<Organisation> partners() {
        return List.copyOf(partners);
    }

    public ProjectStatus status() {
        return status;
    }

    public Currency currency() {
        return currency;
    }

    public BigDecimal totalBudget() {
        return totalBudget;
    }

    public BigDecimal requestedAmount() {
        return requestedAmount;
    }

    public BigDecimal grantedAmount() {
        return grantedAmount;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public List<String> themes() {
        return themes == null ? List.of() : ListConverters.STRINGS.convertToEntityAttribute(themes);
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }

    @Override
    public String toString() {
        return "Project[" + reference + ", " + status + "]";
    }
}
