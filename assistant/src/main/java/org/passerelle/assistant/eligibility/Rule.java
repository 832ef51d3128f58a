package org.passerelle.assistant.eligibility;

/**
 * One eligibility criterion. Implementations are stateless and shared by every evaluation; they build a
 * message only when they fail.
 */
public interface Rule {

    /** The field name of the eligibility or funding object this rule reads, e.g. {@code maxAmount}: stable, on the wire. */
    String name();

    Outcome check(ProgrammeRules programme, ApplicantProfile profile);
}
