package org.passerelle.assistant.eligibility.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.passerelle.assistant.eligibility.Verdict;

/** The answer of {@code POST /api/eligibility}: one result per programme, in the order asked. */
public record EligibilityAnswer(List<Result> results) {

    @JsonPropertyOrder({"programme", "verdict", "failed", "missing", "toVerify", "openCalls"})
    public record Result(String programme, Verdict verdict, List<Failure> failed, List<String> missing,
            List<String> toVerify, List<OpenCall> openCalls) {
    }

    public record Failure(String rule, String message) {
    }

    public record OpenCall(String code, String closesOn) {
    }
}
