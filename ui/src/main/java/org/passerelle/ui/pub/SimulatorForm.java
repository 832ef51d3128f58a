package org.passerelle.ui.pub;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Consumer;
import org.passerelle.assistant.eligibility.api.ProfileData;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.Territory;

/**
 * The simulator's short form: who applies, from where, with whom, for how much. Buffered: the profile
 * is handed to the listener only when every field is valid, and each invalid field says why in the
 * page's language.
 */
public class SimulatorForm extends FormLayout {

    static final int MAX_AGE = 120;

    final ComboBox<ApplicantType> applicantType = new ComboBox<>();
    final ComboBox<Territory> territory = new ComboBox<>();
    final IntegerField age = new IntegerField();
    final RadioButtonGroup<SimulatorInput.Partner> partner = new RadioButtonGroup<>();
    final BigDecimalField requestedAmount = new BigDecimalField();
    final Select<Currency> currency = new Select<>();
    final BigDecimalField projectBudget = new BigDecimalField();
    final Button submit = new Button();
    private final Binder<SimulatorInput> binder = new Binder<>(SimulatorInput.class);
    private final SimulatorInput input = new SimulatorInput();

    public SimulatorForm(PublicWords words, Consumer<ProfileData> onSubmit) {
        addClassName("simulator-form");
        applicantType.setLabel(words.get("simulator.applicant-type"));
        applicantType.setItems(ApplicantType.values());
        applicantType.setItemLabelGenerator(words::label);
        applicantType.setClearButtonVisible(true);
        applicantType.setPlaceholder(words.get("simulator.unknown"));
        territory.setLabel(words.get("simulator.territory"));
        territory.setItems(Territory.values());
        territory.setItemLabelGenerator(words::label);
        territory.setClearButtonVisible(true);
        territory.setPlaceholder(words.get("simulator.unknown"));
        age.setLabel(words.get("simulator.age"));
        age.setHelperText(words.get("simulator.age.help"));
        age.setClearButtonVisible(true);
        partner.setLabel(words.get("simulator.partner"));
        partner.setItems(SimulatorInput.Partner.values());
        partner.setItemLabelGenerator(answer -> words.get("simulator.partner." + answer.name()));
        requestedAmount.setLabel(words.get("simulator.requested-amount"));
        requestedAmount.setClearButtonVisible(true);
        currency.setLabel(words.get("simulator.currency"));
        currency.setItems(Currency.values());
        currency.setItemLabelGenerator(c -> c.name());
        projectBudget.setLabel(words.get("simulator.project-budget"));
        projectBudget.setClearButtonVisible(true);
        submit.setText(words.get("simulator.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("simulator-submit");

        applicantType.setId("simulator-applicant-type");
        territory.setId("simulator-territory");
        age.setId("simulator-age");
        partner.setId("simulator-partner");
        requestedAmount.setId("simulator-amount");
        currency.setId("simulator-currency");
        projectBudget.setId("simulator-budget");
        submit.setId("simulator-submit");

        binder.forField(applicantType).bind(SimulatorInput::getApplicantType, SimulatorInput::setApplicantType);
        binder.forField(territory).bind(SimulatorInput::getTerritory, SimulatorInput::setTerritory);
        binder.forField(age)
                .withValidator(value -> value == null || (value >= 0 && value <= MAX_AGE),
                        words.get("simulator.age.invalid", MAX_AGE))
                .bind(SimulatorInput::getAge, SimulatorInput::setAge);
        binder.forField(partner).bind(SimulatorInput::getPartner, SimulatorInput::setPartner);
        binder.forField(requestedAmount)
                .withValidator(SimulatorForm::notNegative, words.get("simulator.amount.negative"))
                .bind(SimulatorInput::getRequestedAmount, SimulatorInput::setRequestedAmount);
        binder.forField(currency).bind(SimulatorInput::getCurrency, SimulatorInput::setCurrency);
        binder.forField(projectBudget)
                .withValidator(SimulatorForm::notNegative, words.get("simulator.amount.negative"))
                .withValidator(budget -> budget == null || requestedAmount.getValue() == null
                        || budget.compareTo(requestedAmount.getValue()) >= 0, words.get("simulator.budget.below-amount"))
                .bind(SimulatorInput::getProjectBudget, SimulatorInput::setProjectBudget);
        requestedAmount.addValueChangeListener(e -> {
            if (projectBudget.getValue() != null) {
                binder.validate();
            }
        });
        binder.readBean(input);

        submit.addClickListener(click -> profile().ifPresent(onSubmit));
        submit.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        add(applicantType, territory, age, partner, requestedAmount, currency, projectBudget, submit);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2), new ResponsiveStep("900px", 3));
        setColspan(partner, 2);
    }

    /** The profile the form describes, or empty when a field is invalid (the field then shows why). */
    public Optional<ProfileData> profile() {
        return binder.writeBeanIfValid(input) ? Optional.of(input.toProfile()) : Optional.empty();
    }

    private static boolean notNegative(BigDecimal value) {
        return value == null || value.signum() >= 0;
    }
}
