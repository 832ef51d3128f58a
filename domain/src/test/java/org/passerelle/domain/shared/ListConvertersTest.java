package org.passerelle.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.AttributeConverter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UniqueElements;
import org.junit.jupiter.api.Test;

class ListConvertersTest {

    private final ListConverters.Axes axes = new ListConverters.Axes();
    private final ListConverters.Strings strings = new ListConverters.Strings();

    @Test
    void keeps_the_order_of_the_items() {
        List<Axis> written = List.of(Axis.YOUTH_MOBILITY, Axis.CULTURE, Axis.ECONOMIC_DEVELOPMENT);

        List<Axis> read = axes.convertToEntityAttribute(axes.convertToDatabaseColumn(written));

        assertThat(read).containsExactlyElementsOf(written);
    }

    @Test
    void keeps_an_absent_list_absent() {
        assertThat(strings.convertToDatabaseColumn(null)).isNull();
        assertThat(strings.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void keeps_an_empty_list_empty_and_distinct_from_absent() {
        String column = strings.convertToDatabaseColumn(List.of());

        assertThat(column).isNotNull().isNotEmpty();
        assertThat(strings.convertToEntityAttribute(column)).isNotNull().isEmpty();
    }

    @Test
    void reads_and_writes_every_enum_list() {
        var types = new ListConverters.ApplicantTypes();
        var territories = new ListConverters.Territories();

        assertThat(types.convertToEntityAttribute(types.convertToDatabaseColumn(List.of(ApplicantType.CAE,
                ApplicantType.SIAE)))).containsExactly(ApplicantType.CAE, ApplicantType.SIAE);
        assertThat(territories.convertToEntityAttribute(territories.convertToDatabaseColumn(List.of(Territory.QUEBEC))))
                .containsExactly(Territory.QUEBEC);
    }

    @Property
    void gives_back_any_list_of_single_line_items(
            @ForAll @Size(max = 8) List<@AlphaChars @NumericChars @StringLength(min = 1, max = 12) String> items) {
        assertThat(strings.convertToEntityAttribute(strings.convertToDatabaseColumn(items)))
                .containsExactlyElementsOf(items);
    }

    @Property
    void gives_back_any_list_of_axes(@ForAll @Size(max = 5) @UniqueElements List<Axis> items) {
        assertThat(axes.convertToEntityAttribute(axes.convertToDatabaseColumn(items))).containsExactlyElementsOf(items);
    }
}
