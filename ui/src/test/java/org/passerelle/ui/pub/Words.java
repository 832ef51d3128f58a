package org.passerelle.ui.pub;

import org.passerelle.ui.i18n.Translations;

/** The applicants' words in each language, for the tests. */
final class Words {

    static final PublicWords FRENCH = new PublicWords(new Translations(), Translations.FRENCH);
    static final PublicWords ENGLISH = new PublicWords(new Translations(), Translations.ENGLISH);

    private Words() {
    }
}
