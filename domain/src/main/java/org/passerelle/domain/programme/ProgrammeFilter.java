package org.passerelle.domain.programme;

/**
 * What a manager's listing of programmes is narrowed to; every part is optional. {@code text} matches
 * the code and the French or English name, ignoring case. (Facets such as axes or themes are the
 * search index's business.)
 */
public record ProgrammeFilter(String text, ProgrammeStatus status) {

    public static ProgrammeFilter all() {
        return new ProgrammeFilter(null, null);
    }
}
