package org.passerelle.assistant.eligibility;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether an applicant's profile fits programmes, by the rules of the HTTP contract and nothing
 * else. Stateless and thread-safe once built: create one per exchange rate and share it.
 *
 * <p>Speed matters because the assistant checks one profile against every published programme: a rule
 * that passes returns a shared constant, the message of a rule that fails is written only when read, and a
 * result without failures reuses ready-made lists.
 */
public final class EligibilityEngine {

    private final ExchangeRate rate;
    private final Rule[] rules;

    public EligibilityEngine(ExchangeRate rate) {
        this.rate = Objects.requireNonNull(rate, "rate");
        // The order is the order of failed rules and missing fields in every result.
        this.rules = new Rule[] {
            new ApplicantTypesRule(),
            new ApplicantTerritoriesRule(),
            new PartnerFromOtherSideRequiredRule(),
            new MinAgeRule(),
            new MaxAgeRule(),
            new MaxAmountRule(rate),
            new MaxFundingRatePercentRule(),
            new MinProjectBudgetRule(rate),
        };
    }

    /** An engine using {@link ExchangeRate#DEFAULT_EUR_TO_CAD}. */
    public EligibilityEngine() {
        this(ExchangeRate.defaultRate());
    }

    public ExchangeRate exchangeRate() {
        return rate;
    }

    /** The rules, in the order they are checked. */
    public List<Rule> rules() {
        return List.of(rules);
    }

    /**
     * The verdict for one programme. Any profile is accepted, however incomplete or out of range; a
     * {@code null} profile counts as an empty one. Only a {@code null} programme is refused.
     */
    public EligibilityResult evaluate(ProgrammeRules programme, ApplicantProfile profile) {
        Objects.requireNonNull(programme, "programme");
        ApplicantProfile known = profile == null ? ApplicantProfile.empty() : profile;
        List<FailedRule> failed = null;
        int missing = 0;
        for (Rule rule : rules) {
            Outcome outcome = rule.check(programme, known);
            if (outcome == Outcome.PASS) {
                continue;
            }
            if (outcome instanceof Outcome.Missing m) {
                missing |= MissingFields.bit(m.field());
            } else if (outcome instanceof Outcome.Fail f) {
                if (failed == null) {
                    failed = new ArrayList<>(2);
                }
                failed.add(new FailedRule(rule.name(), f.message()));
            }
        }
        return EligibilityResult.of(programme.code(), failed, MissingFields.of(missing), programme.conditions());
    }

    /** One verdict per programme, in the order given. */
    public List<EligibilityResult> evaluateAll(Collection<ProgrammeRules> programmes, ApplicantProfile profile) {
        List<EligibilityResult> results = new ArrayList<>(programmes.size());
        for (ProgrammeRules programme : programmes) {
            results.add(evaluate(programme, profile));
        }
        return Collections.unmodifiableList(results);
    }
}
