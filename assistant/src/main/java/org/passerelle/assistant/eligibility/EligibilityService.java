package org.passerelle.assistant.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.assistant.catalogue.Catalogue;
import org.passerelle.assistant.catalogue.CatalogueEntry;
import org.passerelle.assistant.eligibility.api.EligibilityAnswer;
import org.passerelle.assistant.eligibility.api.EligibilityRequest;
import org.passerelle.assistant.eligibility.api.ProfileData;
import org.passerelle.backend.dataset.Errors;
import org.passerelle.domain.shared.LocalizedText;

/**
 * Eligibility of a profile for published programmes: checks the request (every bad field named),
 * asks the engine for the verdicts and adds the calls open on the day asked.
 */
@ApplicationScoped
public class EligibilityService {

    @Inject
    private Catalogue catalogue;

    @Inject
    private EligibilityEngine engine;

    @Inject
    private Clock clock;

    /** For CDI. */
    protected EligibilityService() {
    }

    /** Without a container: the assistant's tests and benchmarks. */
    public EligibilityService(Catalogue catalogue, EligibilityEngine engine, Clock clock) {
        this.catalogue = catalogue;
        this.engine = engine;
        this.clock = clock;
    }

    public EligibilityAnswer evaluate(EligibilityRequest request) {
        Errors errors = new Errors();
        ProfileData profileData = request.profile() == null
                ? new ProfileData(null, null, null, null, null, null, null) : request.profile();
        ApplicantProfile profile = profileData.toProfile();
        for (FieldError error : profile.validate()) {
            errors.add("$.profile." + error.field(), error.message().in("en"));
        }
        String lang = "en".equalsIgnoreCase(request.lang()) ? "en" : "fr";
        if (request.lang() != null && !request.lang().equalsIgnoreCase("fr") && !request.lang().equalsIgnoreCase("en")) {
            errors.add("$.lang", "lang must be 'fr' or 'en'.");
        }
        LocalDate asOf = LocalDate.now(clock);
        if (request.asOf() != null) {
            try {
                asOf = LocalDate.parse(request.asOf());
            } catch (DateTimeParseException e) {
                errors.add("$.asOf", "'" + request.asOf() + "' is not a date of the form YYYY-MM-DD.");
            }
        }
        List<CatalogueEntry> programmes = new ArrayList<>();
        if (request.programmes() == null) {
            programmes.addAll(catalogue.all());
        } else {
            for (int i = 0; i < request.programmes().size(); i++) {
                String code = request.programmes().get(i);
                var entry = code == null ? java.util.Optional.<CatalogueEntry>empty() : catalogue.find(code);
                if (entry.isPresent()) {
                    programmes.add(entry.get());
                } else {
                    errors.add("$.programmes[" + i + "]", "No published programme has the code '" + code + "'.");
                }
            }
        }
        errors.throwIfAny("The eligibility request is not valid");

        List<EligibilityAnswer.Result> results = new ArrayList<>();
        for (CatalogueEntry entry : programmes) {
            results.add(toResult(engine.evaluate(entry.rules(), profile), entry, asOf, lang));
        }
        return new EligibilityAnswer(results);
    }

    /** The verdicts for entries already chosen (the assistant's path), with open calls on {@code asOf}. */
    public List<EligibilityAnswer.Result> evaluate(List<CatalogueEntry> entries, ApplicantProfile profile,
            LocalDate asOf, String lang) {
        List<EligibilityAnswer.Result> results = new ArrayList<>();
        for (CatalogueEntry entry : entries) {
            results.add(toResult(engine.evaluate(entry.rules(), profile), entry, asOf, lang));
        }
        return results;
    }

    private static EligibilityAnswer.Result toResult(EligibilityResult result, CatalogueEntry entry, LocalDate asOf,
            String lang) {
        return new EligibilityAnswer.Result(result.programmeCode(), result.verdict(),
                result.failed().stream().map(f -> new EligibilityAnswer.Failure(f.rule(), f.message().in(lang))).toList(),
                result.missing(),
                result.toVerify().stream().map((LocalizedText t) -> t.in(lang)).toList(),
                entry.openCallsOn(asOf).stream().map(c -> new EligibilityAnswer.OpenCall(c.code(), c.closesOn())).toList());
    }
}
