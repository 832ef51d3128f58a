package org.passerelle.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.domain.Refusals.assertRefused;

import org.junit.jupiter.api.Test;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Territory;

class OrganisationTest {

    private static OrganisationDetails details(String name, ApplicantType type, Territory territory) {
        return new OrganisationDetails(name, type, territory, "Gironde", "Bordeaux", "123 456 789 00012", null, null);
    }

    @Test
    void records_an_organisation_with_its_details() {
        Organisation organisation = new Organisation("ORG-NA",
                details("  Coopérative Exemple ", ApplicantType.CAE, Territory.NOUVELLE_AQUITAINE));

        assertThat(organisation.name()).isEqualTo("Coopérative Exemple");
        assertThat(organisation.details().city()).isEqualTo("Bordeaux");
        assertThat(organisation.type()).isEqualTo(ApplicantType.CAE);
    }

    @Test
    void rejects_a_person_as_an_organisation() {
        assertRefused(() -> new Organisation("ORG", details("Jeanne", ApplicantType.INDIVIDUAL, Territory.QUEBEC)),
                "organisation.type", "type");
    }

    @Test
    void requires_name_type_and_territory() {
        assertRefused(() -> new Organisation("ORG", details(" ", ApplicantType.CAE, Territory.QUEBEC)),
                "field.required", "name");
        assertRefused(() -> new Organisation("ORG", details("X", null, Territory.QUEBEC)), "field.required", "type");
        assertRefused(() -> new Organisation("ORG", details("X", ApplicantType.CAE, null)), "field.required",
                "territory");
        assertRefused(() -> new Organisation("org", details("X", ApplicantType.CAE, Territory.QUEBEC)),
                "code.invalid", "code");
    }

    @Test
    void a_refused_revision_changes_nothing() {
        Organisation organisation = new Organisation("ORG", details("X", ApplicantType.CAE, Territory.QUEBEC));

        assertRefused(() -> organisation.revise(details("Y", ApplicantType.INDIVIDUAL, Territory.OTHER)),
                "organisation.type", "type");

        assertThat(organisation.details()).isEqualTo(details("X", ApplicantType.CAE, Territory.QUEBEC));
    }

    @Test
    void a_revision_without_territory_changes_nothing() {
        Organisation organisation = new Organisation("ORG", details("X", ApplicantType.CAE, Territory.QUEBEC));

        assertRefused(() -> organisation.revise(details("Y", ApplicantType.SIAE, null)), "field.required",
                "territory");

        assertThat(organisation.name()).isEqualTo("X");
        assertThat(organisation.type()).isEqualTo(ApplicantType.CAE);
    }

    @Test
    void refuses_texts_longer_than_their_columns() {
        assertRefused(() -> new Organisation("ORG", details("n".repeat(501), ApplicantType.CAE, Territory.QUEBEC)),
                "text.too-long", "name");
        assertRefused(() -> new Organisation("ORG", new OrganisationDetails("X", ApplicantType.CAE, Territory.QUEBEC,
                null, "c".repeat(201), null, null, null)), "text.too-long", "city");
        assertRefused(() -> new Organisation("ORG", new OrganisationDetails("X", ApplicantType.CAE, Territory.QUEBEC,
                null, null, "i".repeat(101), null, null)), "text.too-long", "identifier");
    }
}
