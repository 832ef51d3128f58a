package org.passerelle.ui.manage;

import static org.passerelle.ui.manage.support.Texts.blankToNull;
import static org.passerelle.ui.manage.support.Texts.en;
import static org.passerelle.ui.manage.support.Texts.fr;
import static org.passerelle.ui.manage.support.Texts.joined;
import static org.passerelle.ui.manage.support.Texts.text;
import static org.passerelle.ui.manage.support.Texts.words;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.passerelle.backend.dataset.ProjectData;
import org.passerelle.domain.project.ProjectStatus;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Currency;

/**
 * A project while a manager edits its record (not its status: that moves only through the workflow
 * buttons), one property per form field for the buffered binder.
 */
public class ProjectDraft {

    private String reference = "";
    private String titleFr = "";
    private String titleEn = "";
    private String summaryFr = "";
    private String summaryEn = "";
    private String programme = "";
    private Axis axis;
    private String call = "";
    private String lead = "";
    private String partners = "";
    private ProjectStatus status = ProjectStatus.DRAFT;
    private Currency currency = Currency.EUR;
    private BigDecimal totalBudget;
    private BigDecimal requestedAmount;
    private BigDecimal grantedAmount;
    private LocalDate startDate;
    private LocalDate endDate;
    private String themes = "";

    public static ProjectDraft of(ProjectData data) {
        ProjectDraft draft = new ProjectDraft();
        draft.reference = data.reference();
        draft.titleFr = fr(data.title());
        draft.titleEn = en(data.title());
        draft.summaryFr = fr(data.summary());
        draft.summaryEn = en(data.summary());
        draft.programme = nonNull(data.programme());
        draft.axis = data.axis();
        draft.call = nonNull(data.call());
        draft.lead = nonNull(data.lead());
        draft.partners = joined(data.partners());
        draft.status = data.status();
        draft.currency = data.currency();
        draft.totalBudget = data.totalBudget();
        draft.requestedAmount = data.requestedAmount();
        draft.grantedAmount = data.grantedAmount();
        draft.startDate = data.startDate() == null ? null : LocalDate.parse(data.startDate());
        draft.endDate = data.endDate() == null ? null : LocalDate.parse(data.endDate());
        draft.themes = joined(data.themes());
        return draft;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    public ProjectData toData() {
        return new ProjectData(blankToNull(reference), text(titleFr, titleEn), text(summaryFr, summaryEn),
                blankToNull(programme), axis, blankToNull(call), blankToNull(lead), words(partners), status, currency,
                totalBudget, requestedAmount, grantedAmount, startDate == null ? null : startDate.toString(),
                endDate == null ? null : endDate.toString(), words(themes));
    }

    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getTitleFr() { return titleFr; }
    public void setTitleFr(String titleFr) { this.titleFr = titleFr; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getSummaryFr() { return summaryFr; }
    public void setSummaryFr(String summaryFr) { this.summaryFr = summaryFr; }
    public String getSummaryEn() { return summaryEn; }
    public void setSummaryEn(String summaryEn) { this.summaryEn = summaryEn; }
    public String getProgramme() { return programme; }
    public void setProgramme(String programme) { this.programme = programme; }
    public Axis getAxis() { return axis; }
    public void setAxis(Axis axis) { this.axis = axis; }
    public String getCall() { return call; }
    public void setCall(String call) { this.call = call; }
    public String getLead() { return lead; }
    public void setLead(String lead) { this.lead = lead; }
    public String getPartners() { return partners; }
    public void setPartners(String partners) { this.partners = partners; }
    public ProjectStatus getStatus() { return status; }
    public void setStatus(ProjectStatus status) { this.status = status; }
    public Currency getCurrency() { return currency; }
    public void setCurrency(Currency currency) { this.currency = currency; }
    public BigDecimal getTotalBudget() { return totalBudget; }
    public void setTotalBudget(BigDecimal totalBudget) { this.totalBudget = totalBudget; }
    public BigDecimal getRequestedAmount() { return requestedAmount; }
    public void setRequestedAmount(BigDecimal requestedAmount) { this.requestedAmount = requestedAmount; }
    public BigDecimal getGrantedAmount() { return grantedAmount; }
    public void setGrantedAmount(BigDecimal grantedAmount) { this.grantedAmount = grantedAmount; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public String getThemes() { return themes; }
    public void setThemes(String themes) { this.themes = themes; }
}
