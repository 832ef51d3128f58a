package org.passerelle.assistant.semantic;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.dataset.TextData;

/**
 * The texts of a programme that are embedded: one French and one English passage (name, summary,
 * themes), kept apart because the small embedding model compares best within one language.
 */
final class ProgrammeTexts {

    private ProgrammeTexts() {
    }

    static List<String> of(ProgrammeData programme) {
        List<String> texts = new ArrayList<>(2);
        String themes = programme.themes() == null ? "" : String.join(", ", programme.themes());
        String fr = passage(fr(programme.name()), fr(programme.summary()), themes);
        String en = passage(en(programme.name()), en(programme.summary()), themes);
        if (!fr.isBlank()) {
            texts.add(fr);
        }
        if (!en.isBlank() && !en.equals(fr)) {
            texts.add(en);
        }
        return texts;
    }

    private static String passage(String name, String summary, String themes) {
        StringBuilder text = new StringBuilder(name);
        if (!summary.isBlank()) {
            text.append(". ").append(summary);
        }
        if (!themes.isBlank()) {
            text.append(" (").append(themes).append(')');
        }
        return text.toString().strip();
    }

    private static String fr(TextData text) {
        return text == null || text.fr() == null ? "" : text.fr();
    }

    private static String en(TextData text) {
        return text == null || text.en() == null ? "" : text.en();
    }
}
