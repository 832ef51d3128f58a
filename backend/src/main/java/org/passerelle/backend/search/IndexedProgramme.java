package org.passerelle.backend.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.passerelle.backend.dataset.CallData;
import org.passerelle.backend.dataset.EligibilityData;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Territory;

/**
 * A programme as the index holds it beside its document: the record served back, its calls' periods
 * (whether one is open depends on the day asked about, so it is decided at query time), and the values
 * it is counted under in each facet. A programme that sets no applicant-type or territory constraint is
 * open to all, so it counts under every value.
 */
record IndexedProgramme(ProgrammeData programme, List<CallData> calls, List<Period> periods,
        Set<ApplicantType> applicantTypes, Set<Territory> territories) {

    record Period(LocalDate opensOn, LocalDate closesOn) {
        boolean contains(LocalDate day) {
            return !day.isBefore(opensOn) && !day.isAfter(closesOn);
        }
    }

    static IndexedProgramme of(ProgrammeData programme, List<CallData> calls) {
        List<Period> periods = new ArrayList<>();
        for (CallData call : calls) {
            if (call.opensOn() != null && call.closesOn() != null) {
                periods.add(new Period(LocalDate.parse(call.opensOn()), LocalDate.parse(call.closesOn())));
            }
        }
        EligibilityData eligibility = programme.eligibility();
        Set<ApplicantType> types = eligibility == null || empty(eligibility.applicantTypes())
                ? EnumSet.allOf(ApplicantType.class) : EnumSet.copyOf(eligibility.applicantTypes());
        Set<Territory> territories = eligibility == null || empty(eligibility.applicantTerritories())
                ? EnumSet.allOf(Territory.class) : EnumSet.copyOf(eligibility.applicantTerritories());
        return new IndexedProgramme(programme, List.copyOf(calls), List.copyOf(periods), Set.copyOf(types),
                Set.copyOf(territories));
    }

    String code() {
        return programme.code();
    }

    boolean hasCallOpenOn(LocalDate day) {
        for (Period period : periods) {
            if (period.contains(day)) {
                return true;
            }
        }
        return false;
    }

    List<String> themes() {
        return programme.themes() == null ? List.of() : programme.themes();
    }

    List<String> funders() {
        return programme.funders() == null ? List.of() : programme.funders();
    }

    private static boolean empty(List<?> values) {
        return values == null || values.isEmpty();
    }
}
