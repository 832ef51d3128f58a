package org.passerelle.backend.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Completes the French light stemmer for feminine forms: it strips the {@code -e} of "québécoise" but
 * the {@code -s} of "québécois", leaving "quebecois" and "quebecoi". Dropping a stem's final {@code s}
 * (on stems of five letters or more) brings both, and "française"/"français", to one term.
 */
final class TrailingSFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    TrailingSFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int length = term.length();
        if (!keyword.isKeyword() && length >= 5 && term.charAt(length - 1) == 's') {
            term.setLength(length - 1);
        }
        return true;
    }
}
