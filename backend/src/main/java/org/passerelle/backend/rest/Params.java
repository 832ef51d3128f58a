package org.passerelle.backend.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.passerelle.backend.dataset.Errors;
import org.passerelle.domain.shared.PageRequest;
import org.passerelle.domain.shared.PageRequest.SortOrder;

/**
 * Reads a request's query parameters and headers, collecting every bad value so that one answer lists
 * them all, each at the name of the parameter (or header) at fault: {@code axis}, {@code size},
 * {@code If-Match}. Resources read what they need, then call {@link #check()}.
 */
final class Params {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 200;

    private final Errors errors = new Errors();

    /** A free-text parameter, stripped; {@code null} when absent or blank. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The first of the given free-text parameters that is set (a parameter and its alias). */
    static String text(String value, String alias) {
        String text = text(value);
        return text != null ? text : text(alias);
    }

    /** One value of an enumeration, by name in any case; {@code null} when absent. */
    <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(name, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()) + ".");
            return null;
        }
    }

    /** Every value of a repeatable enumeration parameter, by name in any case; blank values ignored. */
    <E extends Enum<E>> Set<E> choices(String name, List<String> values, Class<E> type) {
        Set<E> chosen = EnumSet.noneOf(type);
        if (values != null) {
            for (String value : values) {
                E one = choice(name, value, type);
                if (one != null) {
                    chosen.add(one);
                }
            }
        }
        return chosen;
    }

    /** Every non-blank value of a repeatable free-text parameter, stripped. */
    static Set<String> texts(List<String> values) {
        Set<String> texts = new LinkedHashSet<>();
        if (values != null) {
            values.stream().map(Params::text).filter(Objects::nonNull).forEach(texts::add);
        }
        return texts;
    }

    /** {@code true} or {@code false} in any case; {@code null} when absent. */
    Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        errors.add(name, name + " must be true or false, not '" + value + "'.");
        return null;
    }

    /** A whole number between {@code min} and {@code max}, or {@code fallback} when absent. */
    int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, as an out-of-range number is
        }
        errors.add(name, name + " must be a whole number from " + min + (max == Integer.MAX_VALUE ? " up"
                : " to " + max) + ", not '" + value + "'.");
        return fallback;
    }

    /** A day, {@code YYYY-MM-DD}; {@code null} when absent. */
    LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(name, "'" + value + "' is not a date of the form YYYY-MM-DD.");
            return null;
        }
    }

    /**
     * An instant ({@code 2026-03-01T10:00:00Z}) or a day taken in UTC: the start of that day, or with
     * {@code endOfDay} the start of the next, so that a day given as the upper bound is included.
     */
    Instant instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADay) {
                errors.add(name, "'" + value + "' is neither an instant (2026-03-01T10:00:00Z) nor a day"
                        + " (2026-03-01).");
                return null;
            }
        }
    }

    int pageNumber(String value) {
        return integer("page", value, 0, 0, Integer.MAX_VALUE);
    }

    int pageSize(String value) {
        return integer("size", value, DEFAULT_SIZE, 1, MAX_SIZE);
    }

    /** {@code sort=field,asc} or {@code sort=field,desc} (ascending when the direction is left out), repeatable. */
    List<SortOrder> sort(List<String> values) {
        List<SortOrder> orders = new ArrayList<>();
        if (values == null) {
            return orders;
        }
        for (String value : values) {
            String[] parts = value.split(",", -1);
            String property = parts[0].strip();
            String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
            if (property.isEmpty() || parts.length > 2 || !direction.equals("asc") && !direction.equals("desc")) {
                errors.add("sort", "'" + value + "' is not a sort order: field,asc or field,desc.");
            } else {
                orders.add(new SortOrder(property, direction.equals("asc")));
            }
        }
        return orders;
    }

    /** The page asked for, or {@code null} when its parameters are wrong (then {@link #check()} throws). */
    PageRequest page(String page, String size, List<String> sort) {
        int before = errors.size();
        int number = pageNumber(page);
        int pageSize = pageSize(size);
        List<SortOrder> orders = sort(sort);
        return errors.size() > before ? null : PageRequest.page(number, pageSize, orders.toArray(SortOrder[]::new));
    }

    /**
     * The version named by an {@code If-Match} header ({@code "3"}, or weak {@code W/"3"}); {@code null}
     * when absent or {@code *}, which ask for no check.
     */
    Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            long version = Long.parseLong(tag);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add("If-Match", "If-Match must be the ETag of the version you edited, such as \"3\", not " + ifMatch
                + ".");
        return null;
    }

    /** The version an {@code If-Match} header names, for requests that have no other parameter to check. */
    static Long ifMatch(String header) {
        Params params = new Params();
        Long expected = params.expectedVersion(header);
        params.check();
        return expected;
    }

    /** Throws the list of every bad parameter, if there is one. */
    void check() {
        errors.throwIfAny("The request's parameters are not valid");
    }
}
