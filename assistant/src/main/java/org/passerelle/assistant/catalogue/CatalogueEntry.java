package org.passerelle.assistant.catalogue;

import java.time.LocalDate;
import java.util.List;
import org.passerelle.assistant.eligibility.ProgrammeRules;
import org.passerelle.backend.dataset.CallData;
import org.passerelle.backend.dataset.ProgrammeData;

/** One published programme as the assistant and the eligibility service read it: data, rules, calls. */
public record CatalogueEntry(ProgrammeData programme, ProgrammeRules rules, List<CallData> calls) {

    public String code() {
        return programme.code();
    }

    /** The calls open on {@code day} (both ends included), soonest closing first. */
    public List<CallData> openCallsOn(LocalDate day) {
        return calls.stream()
                .filter(c -> !day.isBefore(LocalDate.parse(c.opensOn())) && !day.isAfter(LocalDate.parse(c.closesOn())))
                .sorted(java.util.Comparator.comparing(CallData::closesOn))
                .toList();
    }

    /** The calls opening after {@code day}, soonest first. */
    public List<CallData> upcomingCallsAfter(LocalDate day) {
        return calls.stream().filter(c -> day.isBefore(LocalDate.parse(c.opensOn())))
                .sorted(java.util.Comparator.comparing(CallData::opensOn)).toList();
    }
}
