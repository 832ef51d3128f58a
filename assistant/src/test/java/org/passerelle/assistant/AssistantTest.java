package org.passerelle.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.passerelle.assistant.api.AskRequest;
import org.passerelle.assistant.api.AssistantAnswer;
import org.passerelle.assistant.eligibility.Verdict;
import org.passerelle.backend.dataset.ValidationException;

/** The assistant over the demo dataset, in process: validation, conversation, data-only answers. */
class AssistantTest {

    private final Assistant assistant = DemoAssistant.demo();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private AssistantAnswer ask(String question, String conversationId) {
        return assistant.ask(new AskRequest(question, conversationId, "auto", DAY));
    }

    @Test
    void refuses_an_empty_a_too_long_question_and_a_bad_language_naming_the_field() {
        assertThatThrownBy(() -> assistant.ask(new AskRequest(" ", null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).anyMatch(err -> err.toString().contains("$.question")));
        assertThatThrownBy(() -> assistant.ask(new AskRequest("a".repeat(2001), null, null, null)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> assistant.ask(new AskRequest("Bonjour", null, "de", null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).anyMatch(err -> err.toString().contains("$.lang")));
        assertThat(assistant.ask(new AskRequest("a".repeat(2000), null, null, null)).conversationId()).isNotBlank();
    }

    @Test
    void follows_a_conversation_keeping_profile_and_subject() {
        AssistantAnswer first = ask("Je suis une CAE en Gironde, quels programmes pour échanger avec le Québec ?", null);
        AssistantAnswer second = ask("Nous avons un partenaire à Montréal. Sommes-nous éligibles ?", first.conversationId());

        assertThat(first.programmes().get(0).code()).isEqualTo("NA-QC-CAE");
        assertThat(second.profile().applicantType()).hasToString("CAE");
        assertThat(second.profile().partnerFromOtherSide()).isTrue();
        assertThat(second.eligibility()).anySatisfy(r -> {
            assertThat(r.programme()).isEqualTo("NA-QC-CAE");
            assertThat(r.verdict()).isEqualTo(Verdict.ELIGIBLE);
        });
    }

    @Test
    void answers_in_the_language_asked_with_amounts_formatted_for_it() {
        AssistantAnswer en = assistant.ask(new AskRequest("Quel est le plafond du FFQCD ?", null, "en", DAY));
        AssistantAnswer fr = assistant.ask(new AskRequest("What is the ceiling of FFQCD-QC?", null, "fr", DAY));

        assertThat(en.lang()).isEqualTo("en");
        assertThat(en.answer()).contains("€32,000");
        assertThat(fr.answer()).contains("40\u202F000\u00A0$\u00A0CA");
    }

    @Test
    void says_so_when_nothing_matches_and_invents_no_programme() {
        AssistantAnswer answer = ask("Y a-t-il un programme pour la pêche au thon ?", null);

        assertThat(answer.programmes()).isEmpty();
        assertThat(answer.sources()).isEmpty();
        assertThat(answer.answer()).contains("Aucun programme");
    }

    @Test
    void never_describes_an_unpublished_programme() {
        AssistantAnswer answer = ask("Parle-moi du programme NA-QC-IA-SANTE", null);

        assertThat(answer.programmes()).isEmpty();
        assertThat(answer.answer()).doesNotContain("100 000");
    }

    @Test
    void lists_the_calls_open_on_the_day_asked() {
        AssistantAnswer answer = ask("Quels appels sont ouverts ?", null);

        assertThat(answer.programmes()).extracting(AssistantAnswer.ProgrammeRef::code)
                .containsExactlyInAnyOrder("NA-QC-FONDS-COOPERATION", "NA-QC-NUTRITION");
    }
}
