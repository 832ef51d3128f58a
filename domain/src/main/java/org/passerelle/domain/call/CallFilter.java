package org.passerelle.domain.call;

import java.time.LocalDate;
import org.passerelle.domain.programme.ProgrammeStatus;

/**
 * What a listing of calls is narrowed to; every part is optional. {@code state} is judged on
 * {@code asOf} (today when absent); {@code text} matches the code and the titles;
 * {@code programmeStatus} keeps the calls of programmes in that status (the public sees only those of
 * published programmes).
 */
public record CallFilter(String text, String programme, CallState state, LocalDate asOf,
        ProgrammeStatus programmeStatus) {

    public CallFilter(String text, String programme, CallState state, LocalDate asOf) {
        this(text, programme, state, asOf, null);
    }

    public static CallFilter all() {
        return new CallFilter(null, null, null, null, null);
    }
}
