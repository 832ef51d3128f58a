package org.passerelle.backend.dataset;

import org.passerelle.domain.shared.LocalizedText;

/** Localised text: {@code fr} required, {@code en} optional. */
public record TextData(String fr, String en) {

    public static TextData of(LocalizedText text) {
        return text == null ? null : new TextData(text.fr(), text.en());
    }

    public LocalizedText toText() {
        return new LocalizedText(fr, en);
    }
}
