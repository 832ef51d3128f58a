package org.passerelle.ui.manage;

import static org.passerelle.ui.i18n.Translations.word;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.passerelle.backend.dataset.OrganisationData;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Code;
import org.passerelle.domain.shared.Territory;
import org.passerelle.ui.manage.support.Labels;
import org.passerelle.ui.manage.support.Texts;

/** An organisation in a buffered form. */
public class OrganisationForm extends FormLayout {

    /** The organisation while edited, one property per field. */
    public static class Draft {
        private String code = "";
        private String name = "";
        private ApplicantType type;
        private Territory territory;
        private String area = "";
        private String city = "";
        private String identifier = "";
        private String website = "";
        private String email = "";

        public static Draft of(OrganisationData data) {
            Draft draft = new Draft();
            draft.code = data.code();
            draft.name = Texts.orEmpty(data.name());
            draft.type = data.type();
            draft.territory = data.territory();
            draft.area = Texts.orEmpty(data.area());
            draft.city = Texts.orEmpty(data.city());
            draft.identifier = Texts.orEmpty(data.identifier());
            draft.website = Texts.orEmpty(data.website());
            draft.email = Texts.orEmpty(data.email());
            return draft;
        }

        public OrganisationData toData() {
            return new OrganisationData(Texts.blankToNull(code), Texts.blankToNull(name), type, territory,
                    Texts.blankToNull(area), Texts.blankToNull(city), Texts.blankToNull(identifier),
                    Texts.blankToNull(website), Texts.blankToNull(email));
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public ApplicantType getType() { return type; }
        public void setType(ApplicantType type) { this.type = type; }
        public Territory getTerritory() { return territory; }
        public void setTerritory(Territory territory) { this.territory = territory; }
        public String getArea() { return area; }
        public void setArea(String area) { this.area = area; }
        public String getCity() { return city; }
        public void setCity(String city) { this.city = city; }
        public String getIdentifier() { return identifier; }
        public void setIdentifier(String identifier) { this.identifier = identifier; }
        public String getWebsite() { return website; }
        public void setWebsite(String website) { this.website = website; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
    }

    final TextField code = new TextField(word("organisation.code"));
    final TextField name = new TextField(word("organisation.name"));
    final ComboBox<ApplicantType> type = new ComboBox<>(word("organisation.type"), ApplicantType.values());
    final ComboBox<Territory> territory = new ComboBox<>(word("organisation.territory"), Territory.values());
    final TextField area = new TextField(word("organisation.area"));
    final TextField city = new TextField(word("organisation.city"));
    final TextField identifier = new TextField(word("organisation.identifier"));
    final TextField website = new TextField(word("organisation.website"));
    final EmailField email = new EmailField(word("organisation.email"));
    private final Binder<Draft> binder = new Binder<>(Draft.class);

    public OrganisationForm() {
        String required = word("validation.required");
        type.setItemLabelGenerator(Labels::of);
        territory.setItemLabelGenerator(Labels::of);
        binder.forField(code).asRequired(required).withValidator(c -> Code.isValid(c.trim()), word("validation.code"))
                .bind(Draft::getCode, Draft::setCode);
        binder.forField(name).asRequired(required).bind(Draft::getName, Draft::setName);
        binder.forField(type).asRequired(required).bind(Draft::getType, Draft::setType);
        binder.forField(territory).asRequired(required).bind(Draft::getTerritory, Draft::setTerritory);
        binder.forField(area).bind(Draft::getArea, Draft::setArea);
        binder.forField(city).bind(Draft::getCity, Draft::setCity);
        binder.forField(identifier).bind(Draft::getIdentifier, Draft::setIdentifier);
        binder.forField(website).bind(Draft::getWebsite, Draft::setWebsite);
        binder.forField(email).withValidator(e -> e.isBlank() || e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                word("validation.email")).bind(Draft::getEmail, Draft::setEmail);
        add(code, name, type, territory, area, city, identifier, website, email);
    }

    public void read(Draft draft, boolean existing, boolean mayEdit) {
        binder.readBean(draft);
        binder.setReadOnly(!mayEdit);
        code.setReadOnly(existing || !mayEdit);
    }

    public boolean writeIfValid(Draft draft) {
        return binder.writeBeanIfValid(draft);
    }
}
