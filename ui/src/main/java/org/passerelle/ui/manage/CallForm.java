package org.passerelle.ui.manage;

import static org.passerelle.ui.i18n.Translations.word;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.passerelle.backend.dataset.CallData;
import org.passerelle.domain.shared.Code;
import org.passerelle.ui.manage.support.Texts;

/** A call for projects in a buffered form: code, programme, titles in both languages, dates and budget. */
public class CallForm extends FormLayout {

    /** The call while edited, one property per field. */
    public static class Draft {
        private String code = "";
        private String programme = "";
        private String titleFr = "";
        private String titleEn = "";
        private LocalDate opensOn;
        private LocalDate closesOn;
        private BigDecimal budget;

        public static Draft of(CallData data) {
            Draft draft = new Draft();
            draft.code = data.code();
            draft.programme = Texts.orEmpty(data.programme());
            draft.titleFr = Texts.fr(data.title());
            draft.titleEn = Texts.en(data.title());
            draft.opensOn = data.opensOn() == null ? null : LocalDate.parse(data.opensOn());
            draft.closesOn = data.closesOn() == null ? null : LocalDate.parse(data.closesOn());
            draft.budget = data.budget();
            return draft;
        }

        public CallData toData() {
            return new CallData(Texts.blankToNull(code), Texts.blankToNull(programme), Texts.text(titleFr, titleEn),
                    opensOn == null ? null : opensOn.toString(), closesOn == null ? null : closesOn.toString(), budget);
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getProgramme() { return programme; }
        public void setProgramme(String programme) { this.programme = programme; }
        public String getTitleFr() { return titleFr; }
        public void setTitleFr(String titleFr) { this.titleFr = titleFr; }
        public String getTitleEn() { return titleEn; }
        public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
        public LocalDate getOpensOn() { return opensOn; }
        public void setOpensOn(LocalDate opensOn) { this.opensOn = opensOn; }
        public LocalDate getClosesOn() { return closesOn; }
        public void setClosesOn(LocalDate closesOn) { this.closesOn = closesOn; }
        public BigDecimal getBudget() { return budget; }
        public void setBudget(BigDecimal budget) { this.budget = budget; }
    }

    final TextField code = new TextField(word("call.code"));
    final TextField programme = new TextField(word("call.programme"));
    final TextField titleFr = new TextField(word("call.titleFr"));
    final TextField titleEn = new TextField(word("call.titleEn"));
    final DatePicker opensOn = new DatePicker(word("call.opensOn"));
    final DatePicker closesOn = new DatePicker(word("call.closesOn"));
    final BigDecimalField budget = new BigDecimalField(word("call.budget"));
    private final Binder<Draft> binder = new Binder<>(Draft.class);

    public CallForm() {
        String required = word("validation.required");
        binder.forField(code).asRequired(required).withValidator(c -> Code.isValid(c.trim()), word("validation.code"))
                .bind(Draft::getCode, Draft::setCode);
        binder.forField(programme).asRequired(required).bind(Draft::getProgramme, Draft::setProgramme);
        binder.forField(titleFr).asRequired(required).bind(Draft::getTitleFr, Draft::setTitleFr);
        binder.forField(titleEn).bind(Draft::getTitleEn, Draft::setTitleEn);
        binder.forField(opensOn).asRequired(required).bind(Draft::getOpensOn, Draft::setOpensOn);
        binder.forField(closesOn).asRequired(required)
                .withValidator(c -> opensOn.getValue() == null || !c.isBefore(opensOn.getValue()),
                        word("validation.dateOrder"))
                .bind(Draft::getClosesOn, Draft::setClosesOn);
        binder.forField(budget).withValidator(b -> b == null || b.signum() > 0, word("validation.positive"))
                .bind(Draft::getBudget, Draft::setBudget);
        add(code, programme, titleFr, titleEn, opensOn, closesOn, budget);
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
