package org.passerelle.ui.manage;

import static org.passerelle.ui.manage.support.Texts.blankToNull;
import static org.passerelle.ui.manage.support.Texts.en;
import static org.passerelle.ui.manage.support.Texts.fr;
import static org.passerelle.ui.manage.support.Texts.joined;
import static org.passerelle.ui.manage.support.Texts.lines;
import static org.passerelle.ui.manage.support.Texts.text;
import static org.passerelle.ui.manage.support.Texts.words;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.passerelle.backend.dataset.EligibilityData;
import org.passerelle.backend.dataset.FundingData;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.dataset.TextData;
import org.passerelle.domain.programme.ProgrammeStatus;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.Territory;

/**
 * A programme while a manager edits it: one plain property per form field (both languages side by side,
 * conditions one per line) for the buffered binder, turned back into the dataset record on save.
 */
public class ProgrammeDraft {

    private String code = "";
    private String nameFr = "";
    private String nameEn = "";
    private String summaryFr = "";
    private String summaryEn = "";
    private String descriptionFr = "";
    private String descriptionEn = "";
    private Set<Axis> axes = EnumSet.noneOf(Axis.class);
    private String themes = "";
    private String funders = "";
    private ProgrammeStatus status = ProgrammeStatus.DRAFT;
    private Currency currency = Currency.EUR;
    private BigDecimal maxAmount;
    private BigDecimal maxFundingRatePercent;
    private BigDecimal minProjectBudget;
    private Integer durationMonths;
    private Set<ApplicantType> applicantTypes = EnumSet.noneOf(ApplicantType.class);
    private Set<Territory> applicantTerritories = EnumSet.noneOf(Territory.class);
    private boolean partnerFromOtherSideRequired;
    private Integer minAge;
    private Integer maxAge;
    private String conditionsFr = "";
    private String conditionsEn = "";
    private String url = "";
    private String contact = "";

    public static ProgrammeDraft of(ProgrammeData data) {
        ProgrammeDraft draft = new ProgrammeDraft();
        draft.code = data.code();
        draft.nameFr = fr(data.name());
        draft.nameEn = en(data.name());
        draft.summaryFr = fr(data.summary());
        draft.summaryEn = en(data.summary());
        draft.descriptionFr = fr(data.description());
        draft.descriptionEn = en(data.description());
        draft.axes = data.axes() == null || data.axes().isEmpty() ? EnumSet.noneOf(Axis.class) : EnumSet.copyOf(data.axes());
        draft.themes = joined(data.themes());
        draft.funders = joined(data.funders());
        draft.status = data.status() == null ? ProgrammeStatus.DRAFT : data.status();
        draft.currency = data.currency();
        if (data.funding() != null) {
            draft.maxAmount = data.funding().maxAmount();
            draft.maxFundingRatePercent = data.funding().maxFundingRatePercent();
            draft.minProjectBudget = data.funding().minProjectBudget();
        }
        draft.durationMonths = data.durationMonths();
        EligibilityData rules = data.eligibility();
        if (rules != null) {
            draft.applicantTypes = rules.applicantTypes() == null || rules.applicantTypes().isEmpty()
                    ? EnumSet.noneOf(ApplicantType.class) : EnumSet.copyOf(rules.applicantTypes());
            draft.applicantTerritories = rules.applicantTerritories() == null || rules.applicantTerritories().isEmpty()
                    ? EnumSet.noneOf(Territory.class) : EnumSet.copyOf(rules.applicantTerritories());
            draft.partnerFromOtherSideRequired = Boolean.TRUE.equals(rules.partnerFromOtherSideRequired());
            draft.minAge = rules.minAge();
            draft.maxAge = rules.maxAge();
            List<TextData> conditions = rules.conditions() == null ? List.of() : rules.conditions();
            draft.conditionsFr = String.join("\n", conditions.stream().map(c -> fr(c)).toList());
            draft.conditionsEn = String.join("\n", conditions.stream().map(c -> en(c)).toList());
        }
        draft.url = data.url() == null ? "" : data.url();
        draft.contact = data.contact() == null ? "" : data.contact();
        return draft;
    }

    /** The record to save; conditions pair up line by line, an English line being optional. */
    public ProgrammeData toData() {
        List<String> french = lines(conditionsFr);
        List<String> english = lines(conditionsEn);
        List<TextData> conditions = new ArrayList<>();
        for (int i = 0; i < Math.max(french.size(), english.size()); i++) {
            conditions.add(text(i < french.size() ? french.get(i) : null, i < english.size() ? english.get(i) : null));
        }
        FundingData funding = maxAmount == null && maxFundingRatePercent == null && minProjectBudget == null ? null
                : new FundingData(maxAmount, maxFundingRatePercent, minProjectBudget);
        EligibilityData eligibility = new EligibilityData(List.copyOf(applicantTypes), List.copyOf(applicantTerritories),
                partnerFromOtherSideRequired, minAge, maxAge, conditions);
        return new ProgrammeData(blankToNull(code), text(nameFr, nameEn), text(summaryFr, summaryEn),
                text(descriptionFr, descriptionEn), List.copyOf(axes), words(themes), words(funders), status, currency,
                funding, durationMonths, eligibility, blankToNull(url), blankToNull(contact));
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameFr() { return nameFr; }
    public void setNameFr(String nameFr) { this.nameFr = nameFr; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getSummaryFr() { return summaryFr; }
    public void setSummaryFr(String summaryFr) { this.summaryFr = summaryFr; }
    public String getSummaryEn() { return summaryEn; }
    public void setSummaryEn(String summaryEn) { this.summaryEn = summaryEn; }
    public String getDescriptionFr() { return descriptionFr; }
    public void setDescriptionFr(String descriptionFr) { this.descriptionFr = descriptionFr; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public Set<Axis> getAxes() { return axes; }
    public void setAxes(Set<Axis> axes) { this.axes = axes; }
    public String getThemes() { return themes; }
    public void setThemes(String themes) { this.themes = themes; }
    public String getFunders() { return funders; }
    public void setFunders(String funders) { this.funders = funders; }
    public ProgrammeStatus getStatus() { return status; }
    public void setStatus(ProgrammeStatus status) { this.status = status; }
    public Currency getCurrency() { return currency; }
    public void setCurrency(Currency currency) { this.currency = currency; }
    public BigDecimal getMaxAmount() { return maxAmount; }
    public void setMaxAmount(BigDecimal maxAmount) { this.maxAmount = maxAmount; }
    public BigDecimal getMaxFundingRatePercent() { return maxFundingRatePercent; }
    public void setMaxFundingRatePercent(BigDecimal value) { this.maxFundingRatePercent = value; }
    public BigDecimal getMinProjectBudget() { return minProjectBudget; }
    public void setMinProjectBudget(BigDecimal minProjectBudget) { this.minProjectBudget = minProjectBudget; }
    public Integer getDurationMonths() { return durationMonths; }
    public void setDurationMonths(Integer durationMonths) { this.durationMonths = durationMonths; }
    public Set<ApplicantType> getApplicantTypes() { return applicantTypes; }
    public void setApplicantTypes(Set<ApplicantType> applicantTypes) { this.applicantTypes = applicantTypes; }
    public Set<Territory> getApplicantTerritories() { return applicantTerritories; }
    public void setApplicantTerritories(Set<Territory> territories) { this.applicantTerritories = territories; }
    public boolean isPartnerFromOtherSideRequired() { return partnerFromOtherSideRequired; }
    public void setPartnerFromOtherSideRequired(boolean required) { this.partnerFromOtherSideRequired = required; }
    public Integer getMinAge() { return minAge; }
    public void setMinAge(Integer minAge) { this.minAge = minAge; }
    public Integer getMaxAge() { return maxAge; }
    public void setMaxAge(Integer maxAge) { this.maxAge = maxAge; }
    public String getConditionsFr() { return conditionsFr; }
    public void setConditionsFr(String conditionsFr) { this.conditionsFr = conditionsFr; }
    public String getConditionsEn() { return conditionsEn; }
    public void setConditionsEn(String conditionsEn) { this.conditionsEn = conditionsEn; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
}
