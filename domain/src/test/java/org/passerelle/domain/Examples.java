package org.passerelle.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.passerelle.domain.call.CallForProjects;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationDetails;
import org.passerelle.domain.programme.Eligibility;
import org.passerelle.domain.programme.Funding;
import org.passerelle.domain.programme.Programme;
import org.passerelle.domain.programme.ProgrammeContent;
import org.passerelle.domain.project.Project;
import org.passerelle.domain.project.ProjectDetails;
import org.passerelle.domain.project.ProjectStatus;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.LocalizedText;
import org.passerelle.domain.shared.Territory;

/** Valid records to start tests from; each test changes the one thing it is about. */
public final class Examples {

    public static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    public static final String ACTOR = "marie";

    private Examples() {
    }

    public static ProgrammeContent content() {
        return content(List.of(Axis.SOCIAL_SOLIDARITY_ECONOMY, Axis.CULTURE));
    }

    public static ProgrammeContent content(List<Axis> axes) {
        return new ProgrammeContent(LocalizedText.of("Échanges ESS", "SSE exchanges"),
                LocalizedText.fr("Finance des missions croisées."), null, axes, List.of("cae", "circular-economy"),
                List.of("Région Nouvelle-Aquitaine"), Currency.EUR,
                new Funding(new BigDecimal("10000"), new BigDecimal("50"), null),
                12, new Eligibility(List.of(ApplicantType.ASSOCIATION), List.of(Territory.NOUVELLE_AQUITAINE), true,
                        null, null),
                List.of(LocalizedText.fr("Cofinancement du partenaire.")), "https://example.org/ess", null);
    }

    public static Programme programme(String code) {
        return new Programme(code, content());
    }

    public static Programme programme(String code, Axis... axes) {
        return new Programme(code, content(List.of(axes)));
    }

    public static CallForProjects call(String code, Programme programme) {
        return new CallForProjects(code, programme, LocalizedText.fr("Appel 2026"), LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 3, 31), new BigDecimal("50000"));
    }

    public static Organisation organisation(String code, Territory territory) {
        return new Organisation(code, new OrganisationDetails("Coop " + code, ApplicantType.COOPERATIVE, territory,
                null, null, null, null, null));
    }

    public static ProjectDetails details(Programme programme, Organisation lead, List<Organisation> partners) {
        return new ProjectDetails(LocalizedText.fr("Mission d'échange"), null, programme,
                Axis.SOCIAL_SOLIDARITY_ECONOMY, null, lead, partners, Currency.EUR, new BigDecimal("12000"),
                new BigDecimal("6000"), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 31), List.of("cae"));
    }

    public static ProjectDetails details() {
        return details(programme("PROG-A"), organisation("ORG-NA", Territory.NOUVELLE_AQUITAINE),
                List.of(organisation("ORG-QC", Territory.QUEBEC)));
    }

    public static Project newProject() {
        return new Project("P-2026-001", details(), NOW, ACTOR);
    }

    /** A project already in {@code status}, as an import would record it (granted 5000 where allowed). */
    public static Project projectIn(ProjectStatus status) {
        BigDecimal granted = status.mayHaveGrant() ? new BigDecimal("5000") : null;
        return Project.restored("P-2026-002", details(), status, granted, NOW, ACTOR);
    }
}
