package org.passerelle.domain.shared;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Stores short ordered lists (enum values, theme slugs, funder names) in one text column: the order
 * is kept, an absent list stays {@code null} and an empty one stays empty, so that an exported
 * dataset is the one that was imported. Items are separated by a line break, which items never hold.
 * The entities call these converters themselves, around a plain {@code String} field: EclipseLink does
 * not apply an {@code AttributeConverter} to an attribute declared as a {@code List}.
 */
public final class ListConverters {

    private static final String SEPARATOR = "\n";

    public static final Axes AXES = new Axes();
    public static final ApplicantTypes APPLICANT_TYPES = new ApplicantTypes();
    public static final Territories TERRITORIES = new Territories();
    public static final Strings STRINGS = new Strings();

    private ListConverters() {
    }

    public abstract static class Base<T> implements AttributeConverter<List<T>, String> {

        private final Function<T, String> write;
        private final Function<String, T> read;

        Base(Function<T, String> write, Function<String, T> read) {
            this.write = write;
            this.read = read;
        }

        @Override
        public String convertToDatabaseColumn(List<T> values) {
            if (values == null) {
                return null;
            }
            // An empty list is stored as a lone separator: some databases read '' back as null.
            return values.isEmpty() ? SEPARATOR : String.join(SEPARATOR, values.stream().map(write).toList());
        }

        @Override
        public List<T> convertToEntityAttribute(String column) {
            if (column == null) {
                return null;
            }
            if (column.equals(SEPARATOR)) {
                return List.of();
            }
            return Arrays.stream(column.split(SEPARATOR)).map(read).toList();
        }
    }

    public static class Axes extends Base<Axis> {
        public Axes() {
            super(Axis::name, Axis::valueOf);
        }
    }

    public static class ApplicantTypes extends Base<ApplicantType> {
        public ApplicantTypes() {
            super(ApplicantType::name, ApplicantType::valueOf);
        }
    }

    public static class Territories extends Base<Territory> {
        public Territories() {
            super(Territory::name, Territory::valueOf);
        }
    }

    public static class Strings extends Base<String> {
        public Strings() {
            super(Function.identity(), Function.identity());
        }
    }
}
