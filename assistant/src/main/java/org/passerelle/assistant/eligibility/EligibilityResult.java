package org.passerelle.assistant.eligibility;

import java.util.List;
import java.util.Objects;
import org.passerelle.domain.shared.LocalizedText;

/**
 * The verdict for one programme and what it rests on: the rules that failed, the profile fields still
 * needed (also listed when the verdict is already {@link Verdict#NOT_ELIGIBLE}, so the applicant knows what
 * else will be asked), and the programme's conditions no rule checks.
 *
 * <p>The constructor refuses a verdict that does not follow from {@code failed} and {@code missing}, so no
 * caller can build a result the rules would not give.
 */
public record EligibilityResult(
        String programmeCode,
        Verdict verdict,
        List<FailedRule> failed,
        List<String> missing,
        List<LocalizedText> toVerify) {

    public EligibilityResult {
        Objects.requireNonNull(programmeCode, "programmeCode");
        failed = failed == null ? List.of() : List.copyOf(failed);
        missing = missing == null ? List.of() : List.copyOf(missing);
        toVerify = toVerify == null ? List.of() : List.copyOf(toVerify);
        Verdict expected = verdictFor(failed, missing);
        if (verdict != expected) {
            throw new IllegalArgumentException("A result with failed " + failed + " and missing " + missing
                    + " is " + expected + ", not " + verdict);
        }
    }

    /** A result whose verdict follows from the rules: any failure, else any missing field, else eligible. */
    public static EligibilityResult of(String programmeCode, List<FailedRule> failed, List<String> missing,
            List<LocalizedText> toVerify) {
        return new EligibilityResult(programmeCode, verdictFor(failed, missing), failed, missing, toVerify);
    }

    private static Verdict verdictFor(List<FailedRule> failed, List<String> missing) {
        if (failed != null && !failed.isEmpty()) {
            return Verdict.NOT_ELIGIBLE;
        }
        return missing != null && !missing.isEmpty() ? Verdict.UNKNOWN : Verdict.ELIGIBLE;
    }

    /** The names of the failed rules, in evaluation order. */
    public List<String> failedRuleNames() {
        return failed.stream().map(FailedRule::rule).toList();
    }
}
