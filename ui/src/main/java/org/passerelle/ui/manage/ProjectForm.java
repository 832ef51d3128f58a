package org.passerelle.ui.manage;

import static org.passerelle.ui.i18n.Translations.word;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Currency;
import org.passerelle.ui.manage.support.Labels;

/** The fields of a project record, buffered: the draft changes only when every field is valid. */
public class ProjectForm extends FormLayout {

    final TextField reference = new TextField(word("project.reference"));
    final TextField titleFr = new TextField(word("project.titleFr"));
    final TextField titleEn = new TextField(word("project.titleEn"));
    final TextArea summaryFr = new TextArea(word("project.summaryFr"));
    final TextArea summaryEn = new TextArea(word("project.summaryEn"));
    final TextField programme = new TextField(word("project.programme"));
    final ComboBox<Axis> axis = new ComboBox<>(word("project.axis"), Axis.values());
    final TextField call = new TextField(word("project.call"));
    final TextField lead = new TextField(word("project.lead"));
    final TextField partners = new TextField(word("project.partners"));
    final Select<Currency> currency = new Select<>();
    final BigDecimalField totalBudget = new BigDecimalField(word("project.totalBudget"));
    final BigDecimalField requestedAmount = new BigDecimalField(word("project.requestedAmount"));
    final DatePicker startDate = new DatePicker(word("project.startDate"));
    final DatePicker endDate = new DatePicker(word("project.endDate"));
    final TextField themes = new TextField(word("project.themes"));

    private final Binder<ProjectDraft> binder = new Binder<>(ProjectDraft.class);

    public ProjectForm() {
        addClassName("project-form");
        reference.setId("project-reference");
        axis.setItemLabelGenerator(Labels::of);
        currency.setLabel(word("project.currency"));
        currency.setItems(Currency.values());
        partners.setHelperText(word("form.commaSeparated"));
        themes.setHelperText(word("form.commaSeparated"));
        String required = word("validation.required");
        binder.forField(reference).asRequired(required)
                .withValidator(r -> org.passerelle.domain.shared.Code.isValid(r.trim()), word("validation.code"))
                .bind(ProjectDraft::getReference, ProjectDraft::setReference);
        binder.forField(titleFr).asRequired(required).bind(ProjectDraft::getTitleFr, ProjectDraft::setTitleFr);
        binder.forField(titleEn).bind(ProjectDraft::getTitleEn, ProjectDraft::setTitleEn);
        binder.forField(summaryFr).bind(ProjectDraft::getSummaryFr, ProjectDraft::setSummaryFr);
        binder.forField(summaryEn).bind(ProjectDraft::getSummaryEn, ProjectDraft::setSummaryEn);
        binder.forField(programme).asRequired(required).bind(ProjectDraft::getProgramme, ProjectDraft::setProgramme);
        binder.forField(axis).asRequired(required).bind(ProjectDraft::getAxis, ProjectDraft::setAxis);
        binder.forField(call).bind(ProjectDraft::getCall, ProjectDraft::setCall);
        binder.forField(lead).asRequired(required).bind(ProjectDraft::getLead, ProjectDraft::setLead);
        binder.forField(partners).bind(ProjectDraft::getPartners, ProjectDraft::setPartners);
        binder.forField(currency).asRequired(required).bind(ProjectDraft::getCurrency, ProjectDraft::setCurrency);
        binder.forField(totalBudget).withValidator(ProjectForm::positiveOrAbsent, word("validation.positive"))
                .bind(ProjectDraft::getTotalBudget, ProjectDraft::setTotalBudget);
        binder.forField(requestedAmount).withValidator(ProjectForm::positiveOrAbsent, word("validation.positive"))
                .withValidator(r -> r == null || totalBudget.getValue() == null || r.compareTo(totalBudget.getValue()) <= 0,
                        word("validation.requestedOverBudget"))
                .bind(ProjectDraft::getRequestedAmount, ProjectDraft::setRequestedAmount);
        binder.forField(startDate).bind(ProjectDraft::getStartDate, ProjectDraft::setStartDate);
        binder.forField(endDate)
                .withValidator(e -> e == null || startDate.getValue() == null || !e.isBefore(startDate.getValue()),
                        word("validation.dateOrder"))
                .bind(ProjectDraft::getEndDate, ProjectDraft::setEndDate);
        binder.forField(themes).bind(ProjectDraft::getThemes, ProjectDraft::setThemes);
        add(reference, currency, titleFr, titleEn, summaryFr, summaryEn, programme, axis, call, lead, partners,
                themes, totalBudget, requestedAmount, startDate, endDate);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    static boolean positiveOrAbsent(BigDecimal value) {
        return value == null || value.signum() > 0;
    }

    public void read(ProjectDraft draft, boolean existing, boolean mayEdit) {
        binder.readBean(draft);
        binder.setReadOnly(!mayEdit);
        reference.setReadOnly(existing || !mayEdit);
    }

    public boolean writeIfValid(ProjectDraft draft) {
        return binder.writeBeanIfValid(draft);
    }

    public Binder<ProjectDraft> binder() {
        return binder;
    }
}
