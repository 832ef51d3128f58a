package org.passerelle.ui.manage;

import java.math.BigDecimal;
import java.util.List;
import org.passerelle.backend.dataset.EligibilityData;
import org.passerelle.backend.dataset.FundingData;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.dataset.ProjectData;
import org.passerelle.backend.dataset.TextData;
import org.passerelle.domain.programme.ProgrammeStatus;
import org.passerelle.domain.project.ProjectStatus;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.Territory;

/** Records for the component tests. */
final class Samples {

    private Samples() {
    }

    static ProgrammeData youthProgramme() {
        return new ProgrammeData("JEUNES-QC", new TextData("Jeunes en mobilité", "Youth on the move"),
                new TextData("Des séjours au Québec.", "Stays in Québec."), new TextData("Longue description.", null),
                List.of(Axis.YOUTH_MOBILITY, Axis.CULTURE), List.of("mobilité", "jeunesse"), List.of("Région"),
                ProgrammeStatus.PUBLISHED, Currency.EUR,
                new FundingData(new BigDecimal("15000"), new BigDecimal("80"), new BigDecimal("2000")), 12,
                new EligibilityData(List.of(ApplicantType.ASSOCIATION, ApplicantType.INDIVIDUAL),
                        List.of(Territory.NOUVELLE_AQUITAINE), true, 18, 30,
                        List.of(new TextData("Le séjour dure au moins deux semaines.", "The stay lasts two weeks or more."),
                                new TextData("Un rapport est remis au retour.", null))),
                "https://example.org/jeunes", "contact@example.org");
    }

    static ProjectData project(String reference, ProjectStatus status, Axis axis, Currency currency, String requested,
            String granted, String start, String lead) {
        return new ProjectData(reference, new TextData("Projet " + reference, null), null, "JEUNES-QC", axis, null, lead,
                List.of(), status, currency, new BigDecimal("100000"), new BigDecimal(requested),
                granted == null ? null : new BigDecimal(granted), start, null, List.of());
    }
}
