package org.passerelle.ui.pub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.passerelle.assistant.api.AskRequest;
import org.passerelle.assistant.api.AssistantAnswer;
import org.passerelle.assistant.eligibility.Verdict;
import org.passerelle.assistant.eligibility.api.EligibilityAnswer;
import org.passerelle.assistant.eligibility.api.ProfileData;

class AssistantViewTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final List<AskRequest> asked = new ArrayList<>();

    private AssistantAnswer answer(AskRequest request) {
        asked.add(request);
        return new AssistantAnswer("conv-" + asked.size() / 10, "fr", "Le programme NA-QC-CAE vous concerne.",
                new ProfileData(null, null, null, null, null, null, null),
                List.of(new AssistantAnswer.ProgrammeRef("NA-QC-CAE", "Échanges entre CAE", 0.9)),
                List.of(new EligibilityAnswer.Result("NA-QC-CAE", Verdict.UNKNOWN, List.of(),
                        List.of("partnerFromOtherSide"), List.of(), List.of())),
                List.of(new AssistantAnswer.Source("NA-QC-CAE", "https://example.org/cae")),
                List.of("Et avec un partenaire au Québec ?"));
    }

    private AssistantView view() {
        return new AssistantView(Optional.of(this::answer), Words.FRENCH, CLOCK);
    }

    @Test
    void shows_the_question_the_answer_and_its_programmes_with_their_verdict() {
        AssistantView view = view();

        view.ask("Je suis une CAE en Gironde");

        assertThat(view.messages.getItems()).extracting(item -> item.getText())
                .containsExactly("Je suis une CAE en Gironde", "Le programme NA-QC-CAE vous concerne.");
        assertThat(view.details.getElement().getTextRecursively())
                .contains("Échanges entre CAE", "À préciser", "Page officielle (NA-QC-CAE)", "Et avec un partenaire au Québec ?");
        assertThat(asked.get(0).lang()).isEqualTo("fr");
        assertThat(asked.get(0).conversationId()).isNull();
    }

    @Test
    void continues_the_conversation_until_a_new_one_is_started() {
        AssistantView view = view();

        view.ask("Première question");
        view.ask("Et ensuite ?");
        view.newConversation.click();
        view.ask("Autre sujet");

        assertThat(asked).extracting(AskRequest::conversationId).containsExactly(null, "conv-0", null);
        assertThat(view.messages.getItems()).hasSize(2);
    }

    @Test
    void asks_a_suggested_follow_up_with_one_click() {
        AssistantView view = view();
        view.ask("Je suis une CAE");

        view.details.getElement().getChildren()
                .flatMap(e -> e.getChildren()).filter(e -> e.getClassList().contains("suggestion"))
                .findFirst().orElseThrow().getComponent()
                .map(c -> (com.vaadin.flow.component.button.Button) c).orElseThrow().click();

        assertThat(asked).extracting(AskRequest::question).containsExactly("Je suis une CAE",
                "Et avec un partenaire au Québec ?");
    }

    @Test
    void says_in_plain_words_what_is_wrong_with_an_empty_or_overlong_question() {
        AssistantView view = view();

        view.ask("   ");
        assertThat(view.error.isVisible()).isTrue();
        assertThat(view.error.getText()).isEqualTo("Écrivez une question avant d'envoyer.");

        view.ask("a".repeat(AssistantView.MAX_QUESTION + 1));
        assertThat(view.error.getText()).startsWith("Votre question dépasse 2");
        assertThat(asked).isEmpty();

        view.ask("a".repeat(AssistantView.MAX_QUESTION));
        assertThat(view.error.isVisible()).isFalse();
        assertThat(asked).hasSize(1);
    }

    @Test
    void tells_the_applicant_when_the_assistant_fails_or_is_missing() {
        AssistantView failing = new AssistantView(Optional.of(request -> {
            throw new IllegalStateException("model down");
        }), Words.ENGLISH, CLOCK);
        failing.ask("Hello");
        assertThat(failing.error.getText()).isEqualTo("The assistant could not answer right now. Please try again in a moment.");

        AssistantView missing = new AssistantView(Optional.empty(), Words.FRENCH, CLOCK);
        missing.ask("Bonjour");
        assertThat(missing.error.getText()).startsWith("L'assistant n'est pas disponible");
        assertThat(missing.messages.getItems()).isEmpty();
    }
}
