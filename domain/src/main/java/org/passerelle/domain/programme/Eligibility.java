package org.passerelle.domain.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Checks;
import org.passerelle.domain.shared.DomainException;
import org.passerelle.domain.shared.ListConverters;
import org.passerelle.domain.shared.Territory;

/**
 * Who may apply to a programme. An absent field sets no constraint; the free-text conditions that no
 * rule checks live on the {@link Programme} beside this.
 */
@Embeddable
public class Eligibility implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_AGE = 130;

    @Column(name = "applicant_types")
    private String applicantTypes;

    @Column(name = "applicant_territories")
    private String applicantTerritories;

    @Column(name = "partner_required")
    private Boolean partnerFromOtherSideRequired;

    @Column(name = "min_age")
    private Integer minAge;

    @Column(name = "max_age")
    private Integer maxAge;

    protected Eligibility() {
        // for JPA
    }

    public Eligibility(List<ApplicantType> applicantTypes, List<Territory> applicantTerritories,
            Boolean partnerFromOtherSideRequired, Integer minAge, Integer maxAge) {
        this.applicantTypes = ListConverters.APPLICANT_TYPES.convertToDatabaseColumn(
                nonEmpty(Checks.distinct(applicantTypes, "applicantTypes"), "applicantTypes"));
        this.applicantTerritories = ListConverters.TERRITORIES.convertToDatabaseColumn(
                nonEmpty(Checks.distinct(applicantTerritories, "applicantTerritories"), "applicantTerritories"));
        this.partnerFromOtherSideRequired = partnerFromOtherSideRequired;
        this.minAge = Checks.range(minAge, 0, MAX_AGE, "minAge");
        this.maxAge = Checks.range(maxAge, 0, MAX_AGE, "maxAge");
        if (minAge != null && maxAge != null && minAge > maxAge) {
            throw new DomainException("eligibility.ages", "maxAge",
                    "maxAge (" + maxAge + ") must not be below minAge (" + minAge + ").");
        }
    }

    /** No constraint at all: open to every applicant. */
    public static Eligibility openToAll() {
        return new Eligibility(null, null, null, null, null);
    }

    private static <T> List<T> nonEmpty(List<T> values, String field) {
        if (values != null && values.isEmpty()) {
            throw new DomainException("list.empty", field, field + " must list at least one value, or be absent.");
        }
        return values;
    }

    /** The allowed applicant types, or {@code null} when any type may apply. */
    public List<ApplicantType> applicantTypes() {
        return ListConverters.APPLICANT_TYPES.convertToEntityAttribute(applicantTypes);
    }

    /** The allowed territories, or {@code null} when any territory may apply. */
    public List<Territory> applicantTerritories() {
        return ListConverters.TERRITORIES.convertToEntityAttribute(applicantTerritories);
    }

    /** As written: {@code null} when the dataset did not say. */
    public Boolean partnerFromOtherSideRequired() {
        return partnerFromOtherSideRequired;
    }

    public boolean requiresPartnerFromOtherSide() {
        return Boolean.TRUE.equals(partnerFromOtherSideRequired);
    }

    public Integer minAge() {
        return minAge;
    }

    public Integer maxAge() {
        return maxAge;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Eligibility other
                && Objects.equals(applicantTypes, other.applicantTypes)
                && Objects.equals(applicantTerritories, other.applicantTerritories)
                && Objects.equals(partnerFromOtherSideRequired, other.partnerFromOtherSideRequired)
                && Objects.equals(minAge, other.minAge)
                && Objects.equals(maxAge, other.maxAge);
    }

    @Override
    public int hashCode() {
        return Objects.hash(applicantTypes, applicantTerritories, partnerFromOtherSideRequired, minAge, maxAge);
    }
}
