package org.passerelle.backend.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The two languages of the partnership, analysed so that a word is found however it is written:
 * French drops elisions ({@code l'}, {@code d'}, {@code qu'}), case and accents, then a light stemmer
 * folds plurals and feminine forms (with {@link TrailingSFilter}); English drops possessives, case and
 * accents, then Porter's stemmer. Accents are folded before stemming so that "economie" and "économie" reach the same stem. The same
 * chains serve indexing and querying.
 */
final class Analyzers {

    static final String FRENCH = "_fr";
    static final String ENGLISH = "_en";
    static final String PLAIN = "_plain";

    private Analyzers() {
    }

    static Analyzer french() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
                stream = new ASCIIFoldingFilter(stream);
                stream = new FrenchLightStemFilter(stream);
                stream = new TrailingSFilter(stream);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                stream = new ASCIIFoldingFilter(stream);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /**
     * Words as written, without elisions, case or accents, and not stemmed: a typo is one edit away from
     * the word, but not always from its stem ("nutritoin" and "nutrit").
     */
    static Analyzer plain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                stream = new EnglishPossessiveFilter(stream);
                stream = new LowerCaseFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** French for the fields ending in {@code _fr}, English for {@code _en}, plain words for {@code _plain}. */
    static Analyzer perField(Analyzer french, Analyzer english, Analyzer plain) {
        Map<String, Analyzer> byField = new java.util.HashMap<>();
        for (SearchField field : SearchField.values()) {
            byField.put(field.french(), french);
            byField.put(field.english(), english);
            byField.put(field.plain(), plain);
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), byField);
    }
}
