package org.passerelle.assistant.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.LocalizedText;
import org.passerelle.domain.shared.Territory;

/**
 * What a programme's eligibility and funding objects say, in the shape the rules read. Empty sets and
 * {@code null} limits set no constraint. Amounts are in the programme's {@link #currency()}.
 *
 * <p>The sets are unmodifiable {@link EnumSet}s so that messages list allowed values in declaration order,
 * the same on every run ({@code Set.copyOf} iterates in a per-JVM random order). Null elements are dropped:
 * the engine must never throw on what an import let through.
 */
public record ProgrammeRules(
        String code,
        Currency currency,
        Set<ApplicantType> applicantTypes,
        Set<Territory> applicantTerritories,
        boolean partnerFromOtherSideRequired,
        Integer minAge,
        Integer maxAge,
        BigDecimal maxAmount,
        BigDecimal maxFundingRatePercent,
        BigDecimal minProjectBudget,
        List<LocalizedText> conditions) {

    public ProgrammeRules {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(currency, "currency");
        applicantTypes = enumSet(applicantTypes, ApplicantType.class);
        applicantTerritories = enumSet(applicantTerritories, Territory.class);
        conditions = withoutNulls(conditions);
    }

    /** A programme open to everyone, to be narrowed with the builder. */
    public static Builder builder(String code, Currency currency) {
        return new Builder(code, currency);
    }

    public Builder toBuilder() {
        return new Builder(code, currency)
                .applicantTypes(applicantTypes)
                .applicantTerritories(applicantTerritories)
                .partnerFromOtherSideRequired(partnerFromOtherSideRequired)
                .minAge(minAge)
                .maxAge(maxAge)
                .maxAmount(maxAmount)
                .maxFundingRatePercent(maxFundingRatePercent)
                .minProjectBudget(minProjectBudget)
                .conditions(conditions);
    }

    private static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        if (values != null) {
            for (E value : values) {
                if (value != null) {
                    copy.add(value);
                }
            }
        }
        return Collections.unmodifiableSet(copy);
    }

    private static List<LocalizedText> withoutNulls(List<LocalizedText> texts) {
        if (texts == null || texts.isEmpty()) {
            return List.of();
        }
        List<LocalizedText> copy = new ArrayList<>(texts.size());
        for (LocalizedText text : texts) {
            if (text != null) {
                copy.add(text);
            }
        }
        return List.copyOf(copy);
    }

    /** Fluent construction for mappers and tests; every limit starts unset. */
    public static final class Builder {

        private final String code;
        private final Currency currency;
        private Set<ApplicantType> applicantTypes = Set.of();
        private Set<Territory> applicantTerritories = Set.of();
        private boolean partnerFromOtherSideRequired;
        private Integer minAge;
        private Integer maxAge;
        private BigDecimal maxAmount;
        private BigDecimal maxFundingRatePercent;
        private BigDecimal minProjectBudget;
        private List<LocalizedText> conditions = List.of();

        private Builder(String code, Currency currency) {
            this.code = code;
            this.currency = currency;
        }

        public Builder applicantTypes(Collection<ApplicantType> types) {
            this.applicantTypes = types == null ? null : new HashSet<>(types);
            return this;
        }

        public Builder applicantTypes(ApplicantType... types) {
            return applicantTypes(Arrays.asList(types));
        }

        public Builder applicantTerritories(Collection<Territory> territories) {
            this.applicantTerritories = territories == null ? null : new HashSet<>(territories);
            return this;
        }

        public Builder applicantTerritories(Territory... territories) {
            return applicantTerritories(Arrays.asList(territories));
        }

        public Builder partnerFromOtherSideRequired(boolean required) {
            this.partnerFromOtherSideRequired = required;
            return this;
        }

        public Builder minAge(Integer minAge) {
            this.minAge = minAge;
            return this;
        }

        public Builder maxAge(Integer maxAge) {
            this.maxAge = maxAge;
            return this;
        }

        public Builder maxAmount(BigDecimal maxAmount) {
            this.maxAmount = maxAmount;
            return this;
        }

        public Builder maxFundingRatePercent(BigDecimal percent) {
            this.maxFundingRatePercent = percent;
            return this;
        }

        public Builder minProjectBudget(BigDecimal minProjectBudget) {
            this.minProjectBudget = minProjectBudget;
            return this;
        }

        public Builder conditions(List<LocalizedText> conditions) {
            this.conditions = conditions;
            return this;
        }

        public ProgrammeRules build() {
            return new ProgrammeRules(code, currency, applicantTypes, applicantTerritories,
                    partnerFromOtherSideRequired, minAge, maxAge, maxAmount, maxFundingRatePercent,
                    minProjectBudget, conditions);
        }
    }
}
