package org.passerelle.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passerelle.assistant.evaluation.AskClient;
import org.passerelle.assistant.evaluation.EvaluationSet;
import org.passerelle.assistant.evaluation.Evaluator;
import org.passerelle.backend.it.ItSupport;

/**
 * The assistant's evaluation set against the running jar, over HTTP, on the demo dataset: what CI
 * measures is what a person asking the deployed application gets. Fails under 90 % on any metric.
 */
class AssistantEvaluationIT {

    private static URL base;

    @BeforeAll
    static void start() throws Exception {
        base = PasserelleProcess.shared().base().toURL();
        assertThat(ItSupport.asAdmin("POST", base, "/api/admin/import?mode=replace", ItSupport.demoDataset()).status())
                .isEqualTo(200);
    }

    @Test
    void answers_the_evaluation_set_at_ninety_percent_or_more_over_http() {
        Evaluator.Report report = new Evaluator(AskClient.http(base.toString())).run(EvaluationSet.load(), d -> true);

        System.out.println("Assistant evaluation over HTTP:\n" + report.summary());
        report.failures().forEach(f -> System.out.println("  " + f));
        assertThat(report.turns()).isGreaterThanOrEqualTo(140);
        assertThat(report.metrics().values())
                .allSatisfy(m -> assertThat(m.ratio()).as(m.name()).isGreaterThanOrEqualTo(0.90));
    }
}
