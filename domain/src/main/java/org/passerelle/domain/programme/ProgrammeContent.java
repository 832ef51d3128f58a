package org.passerelle.domain.programme;

import java.util.List;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.LocalizedText;

/**
 * Everything a manager writes about a programme, apart from its code and status. The entity checks it
 * when it takes it ({@link Programme#Programme(String, ProgrammeContent)}, {@link Programme#revise}).
 */
public record ProgrammeContent(
        LocalizedText name,
        LocalizedText summary,
        LocalizedText description,
        List<Axis> axes,
        List<String> themes,
        List<String> funders,
        Currency currency,
        Funding funding,
        Integer durationMonths,
        Eligibility eligibility,
        List<LocalizedText> conditions,
        String url,
        String contact) {
}
