package org.passerelle.backend.search;

import java.time.LocalDate;
import java.util.Set;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Territory;

/**
 * What to look for among published programmes; every part is optional. {@code text} is free text in
 * French or English (no words: every programme, by code). Within one filter the values are
 * alternatives, between filters all must hold. {@code applicantTypes} and {@code territories} keep the
 * programmes open to one of the values (those that set no such constraint are open to all).
 * {@code openCallNow} true keeps the programmes with a call open on {@code asOf} (today when absent),
 * false those without. {@code limit} is capped at {@link #MAX_LIMIT}.
 */
public record SearchQuery(String text, Set<Axis> axes, Set<ApplicantType> applicantTypes,
        Set<Territory> territories, Set<String> themes, Set<String> funders, Boolean openCallNow, LocalDate asOf,
        int offset, int limit) {

    public static final int MAX_LIMIT = 10_000;

    public SearchQuery {
        axes = axes == null ? Set.of() : Set.copyOf(axes);
        applicantTypes = applicantTypes == null ? Set.of() : Set.copyOf(applicantTypes);
        territories = territories == null ? Set.of() : Set.copyOf(territories);
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        funders = funders == null ? Set.of() : Set.copyOf(funders);
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        limit = Math.min(limit, MAX_LIMIT);
    }

    /** Free text only, first {@code limit} hits: what the assistant's retrieval asks. */
    public static SearchQuery text(String text, int limit) {
        return new SearchQuery(text, null, null, null, null, null, null, null, 0, limit);
    }

    public SearchQuery asOf(LocalDate day) {
        return new SearchQuery(text, axes, applicantTypes, territories, themes, funders, openCallNow, day, offset,
                limit);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
