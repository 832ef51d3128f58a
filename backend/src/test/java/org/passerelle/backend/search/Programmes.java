package org.passerelle.backend.search;

import java.util.List;
import org.passerelle.backend.dataset.CallData;
import org.passerelle.backend.dataset.EligibilityData;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.dataset.TextData;
import org.passerelle.domain.programme.ProgrammeStatus;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.Territory;

/** Small hand-made programmes and calls for the index's tests. */
final class Programmes {

    private Programmes() {
    }

    static ProgrammeData programme(String code, String nameFr, String nameEn, List<Axis> axes, List<String> themes,
            List<String> funders, ProgrammeStatus status, List<ApplicantType> types, List<Territory> territories) {
        return new ProgrammeData(code, new TextData(nameFr, nameEn), new TextData("Résumé de " + nameFr, null),
                new TextData("Description.", "Description."), axes, themes, funders, status, Currency.EUR, null, 12,
                new EligibilityData(types, territories, false, null, null, List.of()), null, null);
    }

    static ProgrammeData published(String code, String nameFr, String nameEn) {
        return programme(code, nameFr, nameEn, List.of(Axis.CULTURE), List.of("culture"), List.of("Région"),
                ProgrammeStatus.PUBLISHED, null, null);
    }

    static ProgrammeData withStatus(ProgrammeData programme, ProgrammeStatus status) {
        return new ProgrammeData(programme.code(), programme.name(), programme.summary(), programme.description(),
                programme.axes(), programme.themes(), programme.funders(), status, programme.currency(),
                programme.funding(), programme.durationMonths(), programme.eligibility(), programme.url(),
                programme.contact());
    }

    static ProgrammeData withSummary(ProgrammeData programme, String summaryFr, String summaryEn) {
        return new ProgrammeData(programme.code(), programme.name(), new TextData(summaryFr, summaryEn),
                programme.description(), programme.axes(), programme.themes(), programme.funders(), programme.status(),
                programme.currency(), programme.funding(), programme.durationMonths(), programme.eligibility(),
                programme.url(), programme.contact());
    }

    static CallData call(String code, String programme, String titleFr, String opensOn, String closesOn) {
        return new CallData(code, programme, new TextData(titleFr, null), opensOn, closesOn, null);
    }
}
