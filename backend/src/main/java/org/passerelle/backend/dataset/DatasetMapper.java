package org.passerelle.backend.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.domain.call.CallForProjects;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationDetails;
import org.passerelle.domain.programme.Eligibility;
import org.passerelle.domain.programme.Funding;
import org.passerelle.domain.programme.Programme;
import org.passerelle.domain.programme.ProgrammeContent;
import org.passerelle.domain.project.Project;
import org.passerelle.domain.shared.Checks;
import org.passerelle.domain.shared.LocalizedText;

/**
 * Converts between the entities and the dataset format. Reading a record gives domain values or, for
 * each broken rule, an error at the record's JSON path; writing gives back exactly what was read
 * (same order, same absent fields, numbers without trailing zeros).
 */
public final class DatasetMapper {

    private DatasetMapper() {
    }

    // ---- entities to the format ----

    public static ProgrammeData toData(Programme programme) {
        ProgrammeContent c = programme.content();
        Funding f = c.funding();
        Eligibility e = c.eligibility();
        List<TextData> conditions = c.conditions().isEmpty() ? null
                : c.conditions().stream().map(TextData::of).toList();
        return new ProgrammeData(programme.code(), TextData.of(c.name()), TextData.of(c.summary()),
                TextData.of(c.description()), c.axes(), c.themes(), c.funders(), programme.status(), c.currency(),
                f == null ? null : new FundingData(plain(f.maxAmount()), plain(f.maxFundingRatePercent()),
                        plain(f.minProjectBudget())),
                c.durationMonths(),
                new EligibilityData(e.applicantTypes(), e.applicantTerritories(), e.partnerFromOtherSideRequired(),
                        e.minAge(), e.maxAge(), conditions),
                c.url(), c.contact());
    }

    public static CallData toData(CallForProjects call) {
        return new CallData(call.code(), call.programme().code(), TextData.of(call.title()),
                call.opensOn().toString(), call.closesOn().toString(), plain(call.budget()));
    }

    public static OrganisationData toData(Organisation o) {
        return new OrganisationData(o.code(), o.name(), o.type(), o.territory(), o.area(), o.city(), o.identifier(),
                o.website(), o.email());
    }

    public static ProjectData toData(Project p) {
        List<String> partners = p.partners().isEmpty() ? null
                : p.partners().stream().map(Organisation::code).toList();
        return new ProjectData(p.reference(), TextData.of(p.title()), TextData.of(p.summary()), p.programme().code(),
                p.axis(), p.call() == null ? null : p.call().code(), p.lead().code(), partners, p.status(),
                p.currency(), plain(p.totalBudget()), plain(p.requestedAmount()), plain(p.grantedAmount()),
                date(p.startDate()), date(p.endDate()), p.details().themes());
    }

    /** Without trailing zeros, and never in exponent form once written by the plain-writing mapper. */
    public static BigDecimal plain(BigDecimal value) {
        return Checks.plain(value);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    // ---- the format to domain values ----

    /** Where the programme's domain rules put their fields in the format. */
    public static final Errors.FieldPath PROGRAMME_FIELDS = field -> switch (field) {
        case "maxAmount", "maxFundingRatePercent", "minProjectBudget" -> "funding." + field;
        case "applicantTypes", "applicantTerritories", "partnerFromOtherSideRequired", "minAge", "maxAge" ->
                "eligibility." + field;
        default -> field.startsWith("conditions[") ? "eligibility." + field : field;
    };

    /** The content of a programme record, or {@code null} after recording its errors below {@code base}. */
    public static ProgrammeContent programmeContent(ProgrammeData d, String base, Errors errors) {
        int before = errors.size();
        LocalizedText name = text(d.name(), base + ".name", errors);
        LocalizedText summary = text(d.summary(), base + ".summary", errors);
        LocalizedText description = d.description() == null ? null : text(d.description(), base + ".description", errors);
        FundingData fd = d.funding();
        Funding funding = fd == null ? null : errors.attempt(base, PROGRAMME_FIELDS,
                () -> new Funding(fd.maxAmount(), fd.maxFundingRatePercent(), fd.minProjectBudget()));
        EligibilityData ed = d.eligibility();
        Eligibility eligibility = ed == null ? null : errors.attempt(base, PROGRAMME_FIELDS,
                () -> new Eligibility(ed.applicantTypes(), ed.applicantTerritories(), ed.partnerFromOtherSideRequired(),
                        ed.minAge(), ed.maxAge()));
        if (ed == null) {
            errors.add(base + ".eligibility", "eligibility is required (an empty object when open to all).");
        }
        List<LocalizedText> conditions = new ArrayList<>();
        if (ed != null && ed.conditions() != null) {
            for (int i = 0; i < ed.conditions().size(); i++) {
                conditions.add(text(ed.conditions().get(i), base + ".eligibility.conditions[" + i + "]", errors));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new ProgrammeContent(name, summary, description, d.axes(), d.themes(), d.funders(), d.currency(),
                funding, d.durationMonths(), eligibility, conditions, d.url(), d.contact());
    }

    public static OrganisationDetails organisationDetails(OrganisationData d) {
        return new OrganisationDetails(d.name(), d.type(), d.territory(), d.area(), d.city(), d.identifier(),
                d.website(), d.email());
    }

    public static LocalizedText text(TextData data, String path, Errors errors) {
        if (data == null) {
            errors.add(path, "The text is required.");
            return null;
        }
        return errors.attempt(path, Errors.FieldPath.FLAT, data::toText);
    }

    /** A {@code YYYY-MM-DD} date, or {@code null} (recording an error when the text is not a real date). */
    public static LocalDate date(String text, String path, Errors errors) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(path, "'" + text + "' is not a date of the form YYYY-MM-DD.");
            return null;
        }
    }
}
