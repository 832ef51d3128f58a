package org.passerelle.ui.pub;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.passerelle.assistant.api.AssistantAnswer;
import org.passerelle.assistant.eligibility.api.EligibilityAnswer;

/**
 * What backs the assistant's latest answer: a card per programme (with its verdict and reasons when the
 * answer judged eligibility), the sources to read, and follow-up questions one click away.
 */
public class AnswerDetails extends Div {

    private final PublicWords words;
    private final Consumer<String> onSuggestion;

    public AnswerDetails(PublicWords words, Consumer<String> onSuggestion) {
        this.words = words;
        this.onSuggestion = onSuggestion;
        addClassName("answer-details");
        getElement().setAttribute("aria-live", "polite");
    }

    public void show(AssistantAnswer answer) {
        removeAll();
        List<AssistantAnswer.ProgrammeRef> programmes = answer.programmes() == null ? List.of() : answer.programmes();
        if (!programmes.isEmpty()) {
            add(new H2(words.get("assistant.programmes")));
            Div cards = new Div();
            cards.addClassName("answer-programmes");
            for (AssistantAnswer.ProgrammeRef programme : programmes) {
                Optional<EligibilityAnswer.Result> verdict = answer.eligibility() == null ? Optional.empty()
                        : answer.eligibility().stream().filter(r -> r.programme().equals(programme.code())).findFirst();
                cards.add(verdict.<Div>map(result -> new VerdictCard(result, programme.name(), words))
                        .orElseGet(() -> plainCard(programme)));
            }
            add(cards);
        }
        if (answer.sources() != null && !answer.sources().isEmpty()) {
            Div sources = new Div();
            sources.addClassName("answer-sources");
            answer.sources().stream().filter(s -> s.url() != null && !s.url().isBlank())
                    .forEach(source -> sources.add(new Anchor(source.url(),
                            words.get("assistant.source", source.programme()), AnchorTarget.BLANK)));
            add(new H2(words.get("assistant.sources")), sources);
        }
        if (answer.suggestions() != null && !answer.suggestions().isEmpty()) {
            Div suggestions = new Div();
            suggestions.addClassName("answer-suggestions");
            for (String suggestion : answer.suggestions()) {
                Button ask = new Button(suggestion, click -> onSuggestion.accept(suggestion));
                ask.addThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_SMALL);
                ask.addClassName("suggestion");
                suggestions.add(ask);
            }
            add(new H2(words.get("assistant.suggestions")), suggestions);
        }
    }

    private Div plainCard(AssistantAnswer.ProgrammeRef programme) {
        Div card = new Div(new H3(ProgrammeView.link(programme.code(), programme.name())));
        card.addClassName("verdict-card");
        card.getElement().setAttribute("data-code", programme.code());
        return card;
    }
}
