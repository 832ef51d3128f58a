package org.passerelle.ui.pub;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.passerelle.backend.search.ProgrammeSearch;

/** A published programme's name in the page's language, read from the search index (no database trip). */
@ApplicationScoped
public class ProgrammeNames {

    private final ProgrammeSearch search;

    @Inject
    public ProgrammeNames(ProgrammeSearch search) {
        this.search = search;
    }

    /** For CDI's proxy. */
    protected ProgrammeNames() {
        this.search = null;
    }

    public String name(String code, PublicWords words) {
        return search.programme(code).map(p -> words.text(p.name())).orElse(code);
    }
}
