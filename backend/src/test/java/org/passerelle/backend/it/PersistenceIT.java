package org.passerelle.backend.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.domain.call.CallForProjects;
import org.passerelle.domain.call.CallRepository;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationDetails;
import org.passerelle.domain.organisation.OrganisationRepository;
import org.passerelle.domain.programme.Eligibility;
import org.passerelle.domain.programme.Funding;
import org.passerelle.domain.programme.Programme;
import org.passerelle.domain.programme.ProgrammeContent;
import org.passerelle.domain.programme.ProgrammeFilter;
import org.passerelle.domain.programme.ProgrammeRepository;
import org.passerelle.domain.programme.ProgrammeStatus;
import org.passerelle.domain.project.Project;
import org.passerelle.domain.project.ProjectDetails;
import org.passerelle.domain.project.ProjectRepository;
import org.passerelle.domain.project.ProjectStatus;
import org.passerelle.domain.project.Transition;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.LocalizedText;
import org.passerelle.domain.shared.PageRequest;
import org.passerelle.domain.shared.Territory;

/**
 * The JPA mappings and the Flyway schema against the real database of the run (H2 or PostgreSQL):
 * every kind of record is stored and read back whole, and the database refuses what must not be.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.backend();
    }

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    CallRepository calls;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ProjectRepository projects;

    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    private static ProgrammeContent content() {
        return new ProgrammeContent(LocalizedText.of("Échanges de pratiques", "Practice exchanges"),
                LocalizedText.of("Résumé", "Summary"), null,
                List.of(Axis.SOCIAL_SOLIDARITY_ECONOMY, Axis.CULTURE), List.of("cae", "circular-economy"),
                List.of("Région Nouvelle-Aquitaine", "Fondation, avec une virgule"), Currency.EUR,
                new Funding(new BigDecimal("10000.50"), new BigDecimal("50"), new BigDecimal("2000")), 12,
                new Eligibility(List.of(ApplicantType.CAE, ApplicantType.ASSOCIATION), List.of(Territory.NOUVELLE_AQUITAINE),
                        true, 18, 35),
                List.of(LocalizedText.of("Cofinancement requis", "Co-funding required"), LocalizedText.fr("Seconde")),
                "https://example.org/p", "contact@example.org");
    }

    @Test
    void stores_a_programme_and_reads_every_field_back() throws Exception {
        String code = unique("P");
        tx.begin();
        programmes.add(new Programme(code, content()));
        tx.commit();
        em.clear();

        tx.begin();
        Programme read = programmes.findByCode(code).orElseThrow();
        assertThat(read.content()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(content());
        assertThat(read.status()).isEqualTo(ProgrammeStatus.DRAFT);
        assertThat(read.version()).isGreaterThanOrEqualTo(1L);
        tx.commit();
    }

    @Test
    void keeps_an_absent_list_apart_from_an_empty_one() throws Exception {
        String absent = unique("P");
        String empty = unique("P");
        ProgrammeContent base = content();
        tx.begin();
        programmes.add(new Programme(absent, withThemes(base, null)));
        programmes.add(new Programme(empty, withThemes(base, List.of())));
        tx.commit();
        em.clear();

        assertThat(programmes.findByCode(absent).orElseThrow().content().themes()).isNull();
        assertThat(programmes.findByCode(empty).orElseThrow().content().themes()).isEmpty();
    }

    private static ProgrammeContent withThemes(ProgrammeContent c, List<String> themes) {
        return new ProgrammeContent(c.name(), c.summary(), c.description(), c.axes(), themes, c.funders(),
                c.currency(), c.funding(), c.durationMonths(), c.eligibility(), c.conditions(), c.url(), c.contact());
    }

    @Test
    void stores_a_project_with_partners_and_history_and_finds_it_by_partner() throws Exception {
        String code = unique("P");
        String lead = unique("ORG");
        String partner = unique("ORG");
        String callCode = unique("C");
        String reference = unique("PR");
        tx.begin();
        Programme programme = new Programme(code, content());
        programmes.add(programme);
        CallForProjects call = new CallForProjects(callCode, programme, LocalizedText.fr("Appel"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), new BigDecimal("50000"));
        calls.add(call);
        Organisation leadOrg = new Organisation(lead, new OrganisationDetails("Coop A", ApplicantType.CAE,
                Territory.NOUVELLE_AQUITAINE, "Gironde", "Bordeaux", null, null, null));
        Organisation partnerOrg = new Organisation(partner, new OrganisationDetails("Coop B", ApplicantType.COOPERATIVE,
                Territory.QUEBEC, "Estrie", "Sherbrooke", null, null, null));
        organisations.add(leadOrg);
        organisations.add(partnerOrg);
        Project project = new Project(reference, new ProjectDetails(LocalizedText.of("Titre", "Title"), null,
                programme, Axis.CULTURE, call, leadOrg, List.of(partnerOrg), Currency.EUR, new BigDecimal("12000"),
                new BigDecimal("6000"), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 31), List.of("cae")),
                Instant.parse("2026-01-10T10:00:00Z"), "tester");
        project.apply(Transition.SUBMIT, null, null, Instant.parse("2026-01-11T10:00:00Z"), "tester");
        projects.add(project);
        tx.commit();
        em.clear();

        tx.begin();
        Project read = projects.findByReference(reference).orElseThrow();
        assertThat(read.status()).isEqualTo(ProjectStatus.SUBMITTED);
        assertThat(read.partners()).extracting(Organisation::code).containsExactly(partner);
        assertThat(read.call().code()).isEqualTo(callCode);
        assertThat(read.history()).extracting(h -> h.to()).containsExactly(ProjectStatus.DRAFT, ProjectStatus.SUBMITTED);
        assertThat(read.history().get(1).at()).isEqualTo(Instant.parse("2026-01-11T10:00:00Z"));
        assertThat(projects.existsForOrganisation(organisations.findByCode(partner).orElseThrow())).isTrue();
        assertThat(projects.find(new org.passerelle.domain.project.ProjectFilter(null, null, null, null, partner),
                PageRequest.of(0, 10))).extracting(Project::reference).containsExactly(reference);
        tx.commit();
    }

    @Test
    void lists_programmes_by_page_sorted_and_filtered() throws Exception {
        String prefix = unique("LIST");
        tx.begin();
        for (int i = 0; i < 5; i++) {
            programmes.add(new Programme(prefix + "-" + i, content()));
        }
        tx.commit();

        ProgrammeFilter filter = new ProgrammeFilter(prefix.toLowerCase(), null);
        assertThat(programmes.count(filter)).isEqualTo(5);
        assertThat(programmes.find(filter, PageRequest.of(1, 2, PageRequest.SortOrder.desc("code"))))
                .extracting(Programme::code).containsExactly(prefix + "-3", prefix + "-2");
    }

    @Test
    void refuses_a_second_programme_with_the_same_code() throws Exception {
        String code = unique("P");
        tx.begin();
        programmes.add(new Programme(code, content()));
        tx.commit();

        tx.begin();
        try {
            programmes.add(new Programme(code, content()));
            assertThatThrownBy(() -> em.flush()).isInstanceOf(RuntimeException.class);
        } finally {
            tx.rollback();
        }
        assertThat(programmes.count(new ProgrammeFilter(code.toLowerCase(), null))).isEqualTo(1);
    }
}
