package org.passerelle.backend.search;

/**
 * The text fields of a programme, each indexed twice (French and English analysis), with the weight a
 * word found there carries: a word of the name says more about a programme than one of its description.
 * Typo tolerance applies only to the short, telling fields, and synonym phrases to all but the long one.
 */
enum SearchField {
    CODE("code", 3.0f, false, true),
    NAME("name", 4.0f, true, true),
    THEMES("themes", 3.0f, true, true),
    SUMMARY("summary", 2.0f, true, true),
    CALLS("calls", 1.5f, true, true),
    FUNDERS("funders", 1.2f, false, true),
    DESCRIPTION("description", 1.0f, false, false);

    private final String name;
    private final float boost;
    private final boolean fuzzy;
    private final boolean expandsPhrases;

    SearchField(String name, float boost, boolean fuzzy, boolean expandsPhrases) {
        this.name = name;
        this.boost = boost;
        this.fuzzy = fuzzy;
        this.expandsPhrases = expandsPhrases;
    }

    /** Whether the phrases of a synonym group are searched here, not only its single words. */
    boolean expandsPhrases() {
        return expandsPhrases;
    }

    float boost() {
        return boost;
    }

    boolean fuzzy() {
        return fuzzy;
    }

    String french() {
        return name + Analyzers.FRENCH;
    }

    String english() {
        return name + Analyzers.ENGLISH;
    }

    /** Words as written, only folded (no stemming): where typos are looked for. */
    String plain() {
        return name + Analyzers.PLAIN;
    }
}
