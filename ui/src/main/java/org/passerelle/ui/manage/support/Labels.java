package org.passerelle.ui.manage.support;

import static org.passerelle.ui.i18n.Translations.word;

import com.vaadin.flow.component.ItemLabelGenerator;

/** The words for enum values ({@code enum.Axis.CULTURE}), so that grids and pickers never show constants. */
public final class Labels {

    private Labels() {
    }

    public static String of(Enum<?> value) {
        return value == null ? "" : word("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    public static <E extends Enum<E>> ItemLabelGenerator<E> generator() {
        return Labels::of;
    }
}
