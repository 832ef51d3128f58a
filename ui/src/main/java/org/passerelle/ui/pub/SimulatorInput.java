package org.passerelle.ui.pub;

import java.math.BigDecimal;
import org.passerelle.assistant.eligibility.api.ProfileData;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.Territory;

/**
 * What the simulator's form edits: a mutable bean because Vaadin's buffered binder writes into one.
 * Every field may stay empty (unknown); {@link #toProfile()} gives the eligibility profile.
 */
public class SimulatorInput {

    /** The partner question has three answers: yes, no, and not known yet. */
    public enum Partner { YES, NO, UNKNOWN }

    private ApplicantType applicantType;
    private Territory territory;
    private Integer age;
    private Partner partner = Partner.UNKNOWN;
    private BigDecimal requestedAmount;
    private Currency currency = Currency.EUR;
    private BigDecimal projectBudget;

    public ProfileData toProfile() {
        boolean anyAmount = requestedAmount != null || projectBudget != null;
        return new ProfileData(applicantType, territory, age,
                partner == Partner.YES ? Boolean.TRUE : partner == Partner.NO ? Boolean.FALSE : null,
                requestedAmount, projectBudget, anyAmount ? currency : null);
    }

    public ApplicantType getApplicantType() {
        return applicantType;
    }

    public void setApplicantType(ApplicantType applicantType) {
        this.applicantType = applicantType;
    }

    public Territory getTerritory() {
        return territory;
    }

    public void setTerritory(Territory territory) {
        this.territory = territory;
    }

    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age;
    }

    public Partner getPartner() {
        return partner;
    }

    public void setPartner(Partner partner) {
        this.partner = partner == null ? Partner.UNKNOWN : partner;
    }

    public BigDecimal getRequestedAmount() {
        return requestedAmount;
    }

    public void setRequestedAmount(BigDecimal requestedAmount) {
        this.requestedAmount = requestedAmount;
    }

    public Currency getCurrency() {
        return currency;
    }

    public void setCurrency(Currency currency) {
        this.currency = currency == null ? Currency.EUR : currency;
    }

    public BigDecimal getProjectBudget() {
        return projectBudget;
    }

    public void setProjectBudget(BigDecimal projectBudget) {
        this.projectBudget = projectBudget;
    }
}
