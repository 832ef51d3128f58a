package org.passerelle.ui.manage.support;

import static org.passerelle.ui.i18n.Translations.word;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Facets over an enum (usually a status): one toggle per value showing how many records it has, plus
 * "all". Choosing one narrows the listing; the counts follow the other filters when recounted.
 */
public class StatusFacets<E extends Enum<E>> extends HorizontalLayout {

    private final ToLongFunction<E> counter;
    private final Runnable onChange;
    private final Map<E, Button> buttons = new LinkedHashMap<>();
    private final Button all = new Button();
    private E selected;

    public StatusFacets(E[] values, ToLongFunction<E> counter, Runnable onChange) {
        this.counter = counter;
        this.onChange = onChange;
        addClassName("facets");
        setSpacing(false);
        getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        all.setText(word("facet.all"));
        all.addClickListener(click -> select(null));
        all.setId("facet-all");
        add(all);
        for (E value : values) {
            Button button = new Button();
            button.setId("facet-" + value.name().toLowerCase(java.util.Locale.ROOT));
            button.addClickListener(click -> select(value));
            buttons.put(value, button);
            add(button);
        }
        recount();
    }

    public E selected() {
        return selected;
    }

    public void select(E value) {
        selected = value;
        paint();
        onChange.run();
    }

    /** Counts again, e.g. after the search text changed or a record was saved. */
    public void recount() {
        buttons.forEach((value, button) -> button.setText(Labels.of(value) + " (" + counter.applyAsLong(value) + ")"));
        paint();
    }

    private void paint() {
        style(all, selected == null);
        buttons.forEach((value, button) -> style(button, value == selected));
    }

    private static void style(Button button, boolean on) {
        button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_TERTIARY);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, on ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-pressed", String.valueOf(on));
    }

    Button button(E value) {
        return buttons.get(value);
    }
}
