package org.passerelle.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Checks;
import org.passerelle.domain.shared.Code;
import org.passerelle.domain.shared.DomainException;
import org.passerelle.domain.shared.Territory;

/** A partner organisation on either side (or elsewhere): it leads projects or joins them. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ApplicantType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Territory territory;

    private String area;
    private String city;
    private String identifier;
    private String website;
    private String email;

    protected Organisation() {
        // for JPA
    }

    public Organisation(String code, OrganisationDetails details) {
        this.code = Code.require(code, "code");
        revise(details);
    }

    public final void revise(OrganisationDetails details) {
        Checks.required(details, "organisation");
        String newName = Checks.length(Checks.required(Checks.trimmedOrNull(details.name()), "name"),
                Checks.NAME_LENGTH, "name");
        ApplicantType newType = Checks.required(details.type(), "type");
        if (newType == ApplicantType.INDIVIDUAL) {
            throw new DomainException("organisation.type", "type",
                    "An organisation cannot be of type INDIVIDUAL: a person is not an organisation.");
        }
        Territory newTerritory = Checks.required(details.territory(), "territory");
        Checks.length(details.area(), Checks.PLACE_LENGTH, "area");
        Checks.length(details.city(), Checks.PLACE_LENGTH, "city");
        Checks.length(details.identifier(), Checks.IDENTIFIER_LENGTH, "identifier");
        Checks.length(details.website(), Checks.ADDRESS_LENGTH, "website");
        Checks.length(details.email(), Checks.NAME_LENGTH, "email");
        this.name = newName;
        this.type = newType;
        this.territory = newTerritory;
        this.area = details.area();
        this.city = details.city();
        this.identifier = details.identifier();
        this.website = details.website();
        this.email = details.email();
    }

    public OrganisationDetails details() {
        return new OrganisationDetails(name, type, territory, area, city, identifier, website, email);
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

    public String name() {
        return name;
    }

    public ApplicantType type() {
        return type;
    }

    public Territory territory() {
        return territory;
    }

    public String area() {
        return area;
    }

    public String city() {
        return city;
    }

    public String identifier() {
        return identifier;
    }

    public String website() {
        return website;
    }

    public String email() {
        return email;
    }

    @Override
    public String toString() {
        return "Organisation[" + code + "]";
    }
}
