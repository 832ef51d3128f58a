package org.passerelle.ui.pub;

import com.vaadin.flow.component.html.Span;
import org.passerelle.assistant.eligibility.Verdict;

/** A verdict as a coloured label that says it in words (colour is never the only signal). */
public class VerdictBadge extends Span {

    public VerdictBadge(Verdict verdict, PublicWords words) {
        super(words.get("verdict." + verdict.name()));
        addClassNames("verdict", "verdict-" + verdict.name().toLowerCase().replace('_', '-'));
        getElement().setAttribute("data-verdict", verdict.name());
    }
}
