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
 *
 * <p>Callers outside the REST layer (the Vaadin catalogue, the assistant) build one with
 * {@link #builder()}: {@code SearchQuery.builder().text("ressourcerie").axes(Set.of(Axis.ESS)).page(0, 20).build()}
 * names only what it narrows by.
 */
public record SearchQuery(String text, Set<Axis> axes, Set<ApplicantType> applicantTypes,
        Set<Territory> territories, Set<String> themes, Set<String> funders, Boolean openCallNow, LocalDate asOf,
        int offset, int limit) {

    public static final int MAX_LIMIT = 10_000;

    /** The page size of a {@link #builder()} query that sets none. */
    public static final int DEFAULT_LIMIT = 20;

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

    /** A query of every published programme, first {@value #DEFAULT_LIMIT}, to narrow step by step. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SearchQuery} naming only the parts it sets; a null or empty filter does not narrow. */
    public static final class Builder {
        private String text;
        private Set<Axis> axes = Set.of();
        private Set<ApplicantType> applicantTypes = Set.of();
        private Set<Territory> territories = Set.of();
        private Set<String> themes = Set.of();
        private Set<String> funders = Set.of();
        private Boolean openCallNow;
        private LocalDate asOf;
        private int offset;
        private int limit = DEFAULT_LIMIT;

        private Builder() {
        }

        public Builder text(String value) {
            text = value;
            return this;
        }

        public Builder axes(Set<Axis> values) {
            axes = values;
            return this;
        }

        public Builder applicantTypes(Set<ApplicantType> values) {
            applicantTypes = values;
            return this;
        }

        public Builder territories(Set<Territory> values) {
            territories = values;
            return this;
        }

        public Builder themes(Set<String> values) {
            themes = values;
            return this;
        }

        public Builder funders(Set<String> values) {
            funders = values;
            return this;
        }

        /** true: only programmes with a call open on the query's day; false: only those without; null: all. */
        public Builder openCallNow(Boolean value) {
            openCallNow = value;
            return this;
        }

        /** The day "open call now" refers to; today (the application's clock) when never set. */
        public Builder asOf(LocalDate day) {
            asOf = day;
            return this;
        }

        /** One page: skip {@code offset} hits, return at most {@code limit}. */
        public Builder page(int offset, int limit) {
            this.offset = offset;
            this.limit = limit;
            return this;
        }

        public SearchQuery build() {
            return new SearchQuery(text, axes, applicantTypes, territories, themes, funders, openCallNow, asOf,
                    offset, limit);
        }
    }

    public SearchQuery asOf(LocalDate day) {
        return new SearchQuery(text, axes, applicantTypes, territories, themes, funders, openCallNow, day, offset,
                limit);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
