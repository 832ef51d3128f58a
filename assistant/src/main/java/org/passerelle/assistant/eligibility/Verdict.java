package org.passerelle.assistant.eligibility;

/** The answer for one programme: a failed rule wins over an unknown field, which wins over eligible. */
public enum Verdict {
    ELIGIBLE,
    UNKNOWN,
    NOT_ELIGIBLE
}
