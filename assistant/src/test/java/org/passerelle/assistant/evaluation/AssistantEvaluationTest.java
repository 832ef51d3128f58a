package org.passerelle.assistant.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.assistant.DemoAssistant;

/**
 * The whole evaluation set, in process, against the demo dataset: every metric at 90 % or more. The
 * held-out dialogues are also measured apart and printed (they are in the whole-set figures too).
 */
class AssistantEvaluationTest {

    @Test
    void theAssistantAnswersTheEvaluationSetAtNinetyPercentOrMore() {
        EvaluationSet set = EvaluationSet.load();
        assertThat(set.turns()).isGreaterThanOrEqualTo(140);
        Evaluator evaluator = new Evaluator(AskClient.inProcess(DemoAssistant.demo()));

        Evaluator.Report heldOut = evaluator.run(set, EvaluationSet.Dialogue::heldOut);
        System.out.println("Held-out turns:\n" + heldOut.summary());
        heldOut.failures().forEach(f -> System.out.println("  held-out " + f));

        Evaluator.Report all = evaluator.run(set, d -> true);
        System.out.println("All turns:\n" + all.summary());
        all.failures().forEach(f -> System.out.println("  " + f));
        assertThat(all.metrics().values()).allSatisfy(m -> assertThat(m.ratio()).as(m.name()).isGreaterThanOrEqualTo(0.90));
    }
}
