package org.passerelle.domain.programme;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Checks;
import org.passerelle.domain.shared.Code;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.DomainException;
import org.passerelle.domain.shared.ListConverters;
import org.passerelle.domain.shared.LocalizedText;
import org.passerelle.domain.shared.Violations;

/**
 * A funding programme of the partnership: what it funds, for whom (its {@link Eligibility}), how much
 * (its {@link Funding}) and whether the public can see it ({@link ProgrammeStatus}). Aggregate root;
 * calls and projects refer to it by its code.
 */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_seq")
    @SequenceGenerator(name = "programme_seq", sequenceName = "programme_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fr", column = @Column(name = "name_fr", nullable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fr", column = @Column(name = "summary_fr", nullable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "summary_en"))})
    private LocalizedText summary;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fr", column = @Column(name = "description_fr")),
        @AttributeOverride(name = "en", column = @Column(name = "description_en"))})
    private LocalizedText description;

    @Column(nullable = false)
    private String axes;

    private String themes;

    private String funders;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProgrammeStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private Currency currency;

    @Embedded
    private Funding funding;

    @Column(name = "duration_months")
    private Integer durationMonths;

    @Embedded
    private Eligibility eligibility;

    @ElementCollection
    @CollectionTable(name = "programme_condition", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "list_index")
    @AttributeOverrides({
        @AttributeOverride(name = "fr", column = @Column(name = "text_fr", nullable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "text_en"))})
    private List<LocalizedText> conditions = new ArrayList<>();

    private String url;

    private String contact;

    protected Programme() {
        // for JPA
    }

    /** A new programme, in {@link ProgrammeStatus#DRAFT} until it is published. */
    public Programme(String code, ProgrammeContent content) {
        this.code = Code.require(code, "code");
        this.status = ProgrammeStatus.DRAFT;
        revise(content);
    }

    /** Replaces everything a manager writes about the programme, after checking all of it. */
    public final void revise(ProgrammeContent content) {
        Checks.required(content, "programme");
        Violations v = new Violations();
        LocalizedText newName = v.check(() -> Checks.length(Checks.required(content.name(), "name"),
                Checks.NAME_LENGTH, "name"));
        LocalizedText newSummary = v.check(() -> Checks.length(Checks.required(content.summary(), "summary"),
                Checks.TEXT_LENGTH, "summary"));
        LocalizedText newDescription = v.check(() -> Checks.length(content.description(), Checks.DESCRIPTION_LENGTH,
                "description"));
        List<Axis> newAxes = v.check(() -> Checks.distinct(Checks.required(content.axes(), "axes"), "axes"));
        if (newAxes != null && newAxes.isEmpty()) {
            v.add("programme.axes", "axes", "A programme serves at least one axis.");
        }
        List<String> newThemes = v.check(() -> Checks.joinedLength(Checks.themes(content.themes(), "themes"),
                Checks.TEXT_LENGTH, "themes"));
        List<String> newFunders = v.check(() -> Checks.joinedLength(Checks.lines(content.funders(), "funders"),
                Checks.TEXT_LENGTH, "funders"));
        Currency newCurrency = v.check(() -> Checks.required(content.currency(), "currency"));
        Integer newDuration = v.check(() -> Checks.range(content.durationMonths(), 1, 1200, "durationMonths"));
        List<LocalizedText> newConditions = content.conditions() == null ? List.of() : List.copyOf(content.conditions());
        for (int i = 0; i < newConditions.size(); i++) {
            String field = "conditions[" + i + "]";
            LocalizedText condition = newConditions.get(i);
            v.check(() -> Checks.length(condition, Checks.TEXT_LENGTH, field));
        }
        String newUrl = v.check(() -> Checks.length(checkUrl(Checks.trimmedOrNull(content.url())),
                Checks.ADDRESS_LENGTH, "url"));
        String newContact = v.check(() -> Checks.length(Checks.trimmedOrNull(content.contact()), Checks.NAME_LENGTH,
                "contact"));
        v.throwIfAny();

        this.name = newName;
        this.summary = newSummary;
        this.description = newDescription;
        this.axes = ListConverters.AXES.convertToDatabaseColumn(newAxes);
        this.themes = ListConverters.STRINGS.convertToDatabaseColumn(newThemes);
        this.funders = ListConverters.STRINGS.convertToDatabaseColumn(newFunders);
        this.currency = newCurrency;
        this.funding = content.funding() == null || content.funding().isEmpty() ? null : content.funding();
        this.durationMonths = newDuration;
        this.eligibility = content.eligibility() == null ? Eligibility.openToAll() : content.eligibility();
        this.conditions.clear();
        this.conditions.addAll(newConditions);
        this.url = newUrl;
        this.contact = newContact;
    }

    private static String checkUrl(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute()) {
                throw new DomainException("programme.url", "url", "url must be an absolute address (https://…).");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new DomainException("programme.url", "url", "url is not a valid address: " + e.getReason() + ".");
        }
    }

    public void publish() {
        if (status == ProgrammeStatus.PUBLISHED) {
            throw new DomainException("programme.status", "status", "The programme " + code + " is already published.");
        }
        status = ProgrammeStatus.PUBLISHED;
    }

    public void archive() {
        if (status == ProgrammeStatus.ARCHIVED) {
            throw new DomainException("programme.status", "status", "The programme " + code + " is already archived.");
        }
        status = ProgrammeStatus.ARCHIVED;
    }

    /** Takes a published or archived programme back to draft, out of the public's sight. */
    public void unpublish() {
        if (status == ProgrammeStatus.DRAFT) {
            throw new DomainException("programme.status", "status", "The programme " + code + " is already a draft.");
        }
        status = ProgrammeStatus.DRAFT;
    }

    /** Sets the status as a dataset states it: imports carry the state of another installation. */
    public void restoreStatus(ProgrammeStatus status) {
        this.status = Checks.required(status, "status");
    }

    public boolean isPublished() {
        return status == ProgrammeStatus.PUBLISHED;
    }

    public ProgrammeContent content() {
        return new ProgrammeContent(name, summary, description, axes(), ListConverters.STRINGS.convertToEntityAttribute(themes),
                ListConverters.STRINGS.convertToEntityAttribute(funders), currency, funding,
                durationMonths, eligibility(), List.copyOf(conditions), url, contact);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String code() {
        return code;
    }

    public LocalizedText name() {
        return name;
    }

    public LocalizedText summary() {
        return summary;
    }

    public LocalizedText description() {
        return description;
    }

    public List<Axis> axes() {
        return ListConverters.AXES.convertToEntityAttribute(axes);
    }

    public boolean serves(Axis axis) {
        return axes().contains(axis);
    }

    public List<String> themes() {
        return themes == null ? List.of() : ListConverters.STRINGS.convertToEntityAttribute(themes);
    }

    public List<String> funders() {
        return funders == null ? List.of() : ListConverters.STRINGS.convertToEntityAttribute(funders);
    }

    public ProgrammeStatus status() {
        return status;
    }

    public Currency currency() {
        return currency;
    }

    /** The funding limits, or {@code null} when the programme states none. */
    public Funding funding() {
        return funding;
    }

    public Integer durationMonths() {
        return durationMonths;
    }

    public Eligibility eligibility() {
        // JPA reads an embeddable whose columns are all null back as null.
        return eligibility == null ? Eligibility.openToAll() : eligibility;
    }

    public List<LocalizedText> conditions() {
        return List.copyOf(conditions);
    }

    public String url() {
        return url;
    }

    public String contact() {
        return contact;
    }

    @Override
    public String toString() {
        return "Programme[" + code + ", " + status + "]";
    }
}
