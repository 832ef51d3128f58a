package org.passerelle.ui.pub;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.passerelle.assistant.eligibility.api.EligibilityAnswer;

/**
 * The verdict for one programme with every reason: the rules not met (in the rule's own sentence), the
 * answers still needed, the conditions to check oneself, and the calls open now.
 */
public class VerdictCard extends Div {

    public VerdictCard(EligibilityAnswer.Result result, String programmeName, PublicWords words) {
        addClassName("verdict-card");
        getElement().setAttribute("data-code", result.programme());
        H3 title = new H3(ProgrammeView.link(result.programme(), programmeName));
        add(new VerdictBadge(result.verdict(), words), title);
        List<String> reasons = reasons(result, words);
        if (reasons.isEmpty()) {
            add(new Paragraph(words.get("verdict.all-met")));
        } else {
            UnorderedList list = new UnorderedList(reasons.stream().map(ListItem::new).toArray(ListItem[]::new));
            list.addClassName("verdict-reasons");
            add(list);
        }
    }

    /** Every reason behind the verdict, in the order an applicant acts on them. */
    static List<String> reasons(EligibilityAnswer.Result result, PublicWords words) {
        List<String> reasons = new java.util.ArrayList<>();
        result.failed().forEach(failure -> reasons.add(failure.message()));
        result.missing().forEach(field -> reasons.add(words.get("verdict.missing",
                words.get("profile.field." + field))));
        result.toVerify().forEach(condition -> reasons.add(words.get("verdict.to-verify", condition)));
        if (result.openCalls() != null) {
            result.openCalls().forEach(call -> reasons.add(words.get("verdict.open-call", call.code(),
                    LocalDate.parse(call.closesOn())
                            .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(words.locale())))));
        }
        return reasons;
    }
}
