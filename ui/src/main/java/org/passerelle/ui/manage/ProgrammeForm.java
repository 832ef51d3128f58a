package org.passerelle.ui.manage;

import static org.passerelle.ui.i18n.Translations.word;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.Territory;
import org.passerelle.ui.manage.support.Labels;

/**
 * Every field of a programme, eligibility rules and both languages included, bound with a buffered
 * binder: nothing reaches the draft until {@link #writeIfValid} succeeds, so a cancelled edit or a
 * refused save leaves what the manager typed on screen.
 */
public class ProgrammeForm extends FormLayout {

    final TextField code = field("programme.code");
    final TextField nameFr = field("programme.nameFr");
    final TextField nameEn = field("programme.nameEn");
    final TextArea summaryFr = area("programme.summaryFr");
    final TextArea summaryEn = area("programme.summaryEn");
    final TextArea descriptionFr = area("programme.descriptionFr");
    final TextArea descriptionEn = area("programme.descriptionEn");
    final MultiSelectComboBox<Axis> axes = new MultiSelectComboBox<>(word("programme.axes"), Axis.values());
    final TextField themes = field("programme.themes");
    final TextField funders = field("programme.funders");
    final Select<Currency> currency = new Select<>();
    final BigDecimalField maxAmount = new BigDecimalField(word("programme.maxAmount"));
    final BigDecimalField maxRate = new BigDecimalField(word("programme.maxRate"));
    final BigDecimalField minBudget = new BigDecimalField(word("programme.minBudget"));
    final IntegerField duration = new IntegerField(word("programme.duration"));
    final CheckboxGroup<ApplicantType> applicantTypes = new CheckboxGroup<>(word("programme.applicantTypes"));
    final CheckboxGroup<Territory> territories = new CheckboxGroup<>(word("programme.territories"));
    final Checkbox partner = new Checkbox(word("programme.partner"));
    final IntegerField minAge = new IntegerField(word("programme.minAge"));
    final IntegerField maxAge = new IntegerField(word("programme.maxAge"));
    final TextArea conditionsFr = area("programme.conditionsFr");
    final TextArea conditionsEn = area("programme.conditionsEn");
    final TextField url = field("programme.url");
    final TextField contact = field("programme.contact");

    private final Binder<ProgrammeDraft> binder = new Binder<>(ProgrammeDraft.class);

    public ProgrammeForm() {
        addClassName("programme-form");
        axes.setItemLabelGenerator(Labels::of);
        axes.setId("programme-axes");
        currency.setLabel(word("programme.currency"));
        currency.setItems(Currency.values());
        applicantTypes.setItems(ApplicantType.values());
        applicantTypes.setItemLabelGenerator(Labels::of);
        applicantTypes.setId("programme-applicant-types");
        territories.setItems(Territory.values());
        territories.setItemLabelGenerator(Labels::of);
        territories.setId("programme-territories");
        partner.setId("programme-partner");
        maxAmount.setId("programme-max-amount");
        minAge.setId("programme-min-age");
        maxAge.setId("programme-max-age");
        conditionsFr.setHelperText(word("programme.conditionsHelp"));
        conditionsEn.setHelperText(word("programme.conditionsHelp"));
        minAge.setMin(0);
        maxAge.setMin(0);
        duration.setMin(1);

        binder.forField(code).asRequired(word("validation.required"))
                .withValidator(c -> org.passerelle.domain.shared.Code.isValid(c.trim()), word("validation.code"))
                .bind(ProgrammeDraft::getCode, ProgrammeDraft::setCode);
        binder.forField(nameFr).asRequired(word("validation.required"))
                .bind(ProgrammeDraft::getNameFr, ProgrammeDraft::setNameFr);
        binder.forField(nameEn).bind(ProgrammeDraft::getNameEn, ProgrammeDraft::setNameEn);
        binder.forField(summaryFr).asRequired(word("validation.required"))
                .bind(ProgrammeDraft::getSummaryFr, ProgrammeDraft::setSummaryFr);
        binder.forField(summaryEn).bind(ProgrammeDraft::getSummaryEn, ProgrammeDraft::setSummaryEn);
        binder.forField(descriptionFr).bind(ProgrammeDraft::getDescriptionFr, ProgrammeDraft::setDescriptionFr);
        binder.forField(descriptionEn).bind(ProgrammeDraft::getDescriptionEn, ProgrammeDraft::setDescriptionEn);
        binder.forField(axes).withValidator(a -> !a.isEmpty(), word("validation.oneAxis"))
                .bind(ProgrammeDraft::getAxes, ProgrammeDraft::setAxes);
        binder.forField(themes).bind(ProgrammeDraft::getThemes, ProgrammeDraft::setThemes);
        binder.forField(funders).bind(ProgrammeDraft::getFunders, ProgrammeDraft::setFunders);
        binder.forField(currency).asRequired(word("validation.required"))
                .bind(ProgrammeDraft::getCurrency, ProgrammeDraft::setCurrency);
        binder.forField(maxAmount).withValidator(this::positiveOrAbsent, word("validation.positive"))
                .bind(ProgrammeDraft::getMaxAmount, ProgrammeDraft::setMaxAmount);
        binder.forField(maxRate).withValidator(r -> r == null || (r.signum() > 0 && r.compareTo(BigDecimal.valueOf(100)) <= 0),
                word("validation.rate")).bind(ProgrammeDraft::getMaxFundingRatePercent,
                        ProgrammeDraft::setMaxFundingRatePercent);
        binder.forField(minBudget).withValidator(this::positiveOrAbsent, word("validation.positive"))
                .bind(ProgrammeDraft::getMinProjectBudget, ProgrammeDraft::setMinProjectBudget);
        binder.forField(duration).withValidator(d -> d == null || d > 0, word("validation.positive"))
                .bind(ProgrammeDraft::getDurationMonths, ProgrammeDraft::setDurationMonths);
        binder.forField(applicantTypes).bind(ProgrammeDraft::getApplicantTypes, ProgrammeDraft::setApplicantTypes);
        binder.forField(territories).bind(ProgrammeDraft::getApplicantTerritories,
                ProgrammeDraft::setApplicantTerritories);
        binder.forField(partner).bind(ProgrammeDraft::isPartnerFromOtherSideRequired,
                ProgrammeDraft::setPartnerFromOtherSideRequired);
        binder.forField(minAge).withValidator(a -> a == null || a >= 0, word("validation.positive"))
                .bind(ProgrammeDraft::getMinAge, ProgrammeDraft::setMinAge);
        binder.forField(maxAge)
                .withValidator(a -> a == null || minAge.getValue() == null || a >= minAge.getValue(),
                        word("validation.ageOrder"))
                .bind(ProgrammeDraft::getMaxAge, ProgrammeDraft::setMaxAge);
        binder.forField(conditionsFr).bind(ProgrammeDraft::getConditionsFr, ProgrammeDraft::setConditionsFr);
        binder.forField(conditionsEn)
                .withValidator(en -> en.lines().filter(l -> !l.isBlank()).count()
                        <= conditionsFr.getValue().lines().filter(l -> !l.isBlank()).count(),
                        word("validation.conditionsPair"))
                .bind(ProgrammeDraft::getConditionsEn, ProgrammeDraft::setConditionsEn);
        binder.forField(url).bind(ProgrammeDraft::getUrl, ProgrammeDraft::setUrl);
        binder.forField(contact).bind(ProgrammeDraft::getContact, ProgrammeDraft::setContact);

        add(section("programme.general"), code, currency, nameFr, nameEn, summaryFr, summaryEn, descriptionFr,
                descriptionEn, axes, themes, funders, url, contact);
        add(section("programme.funding"), maxAmount, maxRate, minBudget, duration);
        add(section("programme.eligibility"), applicantTypes, territories, partner, minAge, maxAge, conditionsFr,
                conditionsEn);
        setColspan(applicantTypes, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    private boolean positiveOrAbsent(BigDecimal value) {
        return value == null || value.signum() > 0;
    }

    private H4 section(String key) {
        H4 title = new H4(word(key));
        setColspan(title, 2);
        return title;
    }

    private static TextField field(String key) {
        TextField field = new TextField(word(key));
        field.setId(key.replace('.', '-'));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        return field;
    }

    private static TextArea area(String key) {
        TextArea area = new TextArea(word(key));
        area.setId(key.replace('.', '-'));
        area.setValueChangeMode(ValueChangeMode.LAZY);
        return area;
    }

    /** Shows {@code draft}; an existing programme's code cannot change. */
    public void read(ProgrammeDraft draft, boolean existing) {
        binder.readBean(draft);
        code.setReadOnly(existing);
    }

    /** Copies the fields into {@code draft} when every one is valid; otherwise marks the faulty ones. */
    public boolean writeIfValid(ProgrammeDraft draft) {
        return binder.writeBeanIfValid(draft);
    }

    /** What the fields say now, valid or not, for the live preview; the draft itself is untouched. */
    public ProgrammeDraft snapshot() {
        ProgrammeDraft copy = new ProgrammeDraft();
        binder.writeBeanAsDraft(copy, true);
        return copy;
    }

    public void setReadOnlyForm(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    public Binder<ProgrammeDraft> binder() {
        return binder;
    }
}
