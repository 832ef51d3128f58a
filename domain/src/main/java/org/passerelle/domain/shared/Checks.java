package org.passerelle.domain.shared;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/** Argument checks shared by the entities; each failure is a {@link DomainException} naming the field. */
public final class Checks {

    /** Amounts are stored with six decimals and up to 15 integer digits (NUMERIC(21,6)). */
    public static final int AMOUNT_SCALE = 6;
    private static final BigDecimal AMOUNT_LIMIT = new BigDecimal("1e15");
    private static final Pattern THEME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Text column sizes of the schema (V1__schema.sql), in characters: longer text is refused, not cut. */
    public static final int NAME_LENGTH = 500;
    public static final int TEXT_LENGTH = 4000;
    public static final int DESCRIPTION_LENGTH = 40000;
    public static final int ADDRESS_LENGTH = 2000;
    public static final int COMMENT_LENGTH = 2000;
    public static final int PLACE_LENGTH = 200;
    public static final int IDENTIFIER_LENGTH = 100;

    private Checks() {
    }

    public static <T> T required(T value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new DomainException("field.required", field, field + " is required.");
        }
        return value;
    }

    public static String trimmedOrNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An amount ≥ 0 (or &gt; 0 when {@code strictlyPositive}), or null. */
    public static BigDecimal amount(BigDecimal value, String field, boolean strictlyPositive) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || strictlyPositive && value.signum() == 0) {
            throw new DomainException("amount.range", field,
                    field + (strictlyPositive ? " must be greater than 0." : " must not be negative."));
        }
        if (value.compareTo(AMOUNT_LIMIT) >= 0) {
            throw new DomainException("amount.too-large", field, field + " is too large.");
        }
        if (value.stripTrailingZeros().scale() > AMOUNT_SCALE) {
            throw new DomainException("amount.scale", field,
                    field + " has more than " + AMOUNT_SCALE + " decimals.");
        }
        return value;
    }

    /**
     * An amount as people write it: without the zeros storage adds ({@code 500}, not {@code 500.000000})
     * and never in exponent form ({@code 10000}, not {@code 1E+4}); {@code null} stays {@code null}.
     */
    public static BigDecimal plain(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The text, or {@code null}; refused when longer than {@code max} characters. */
    public static String length(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new DomainException("text.too-long", field, field + " is longer than " + max + " characters.");
        }
        return value;
    }

    /** Both languages of a text, each at most {@code max} characters; refused at {@code field.fr} or {@code field.en}. */
    public static LocalizedText length(LocalizedText text, int max, String field) {
        if (text != null) {
            length(text.fr(), max, field + ".fr");
            length(text.en(), max, field + ".en");
        }
        return text;
    }

    /** A list stored in one column: its items together, one a line, at most {@code max} characters. */
    public static List<String> joinedLength(List<String> values, int max, String field) {
        if (values != null && String.join("\n", values).length() > max) {
            throw new DomainException("text.too-long", field, field + " are longer than " + max
                    + " characters together.");
        }
        return values;
    }

    public static Integer range(Integer value, int min, int max, String field) {
        if (value != null && (value < min || value > max)) {
            throw new DomainException("number.range", field, field + " must be between " + min + " and " + max + ".");
        }
        return value;
    }

    /** A copy of the list, refusing null elements and duplicates. */
    public static <T> List<T> distinct(Collection<T> values, String field) {
        if (values == null) {
            return null;
        }
        var seen = new HashSet<T>();
        for (T value : values) {
            if (value == null) {
                throw new DomainException("list.null", field, field + " contains an empty value.");
            }
            if (!seen.add(value)) {
                throw new DomainException("list.duplicate", field, field + " contains '" + value + "' twice.");
            }
        }
        return List.copyOf(values);
    }

    public static List<String> themes(Collection<String> themes, String field) {
        List<String> copy = distinct(themes, field);
        if (copy != null) {
            for (String theme : copy) {
                if (!THEME.matcher(theme).matches()) {
                    throw new DomainException("theme.invalid", field,
                            "'" + theme + "' is not a theme: lower-case words joined by '-'.");
                }
            }
        }
        return copy;
    }

    /** Free text stored one item a line: an item may not hold a line break. */
    public static List<String> lines(Collection<String> values, String field) {
        List<String> copy = distinct(values, field);
        if (copy != null) {
            for (String value : copy) {
                if (value.isBlank() || value.contains("\n") || value.contains("\r")) {
                    throw new DomainException("text.line", field, field + " items must be non-empty single lines.");
                }
            }
        }
        return copy;
    }
}
