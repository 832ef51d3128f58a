package org.passerelle.backend.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns free text into a Lucene query over both languages of every text field. The text is cut into
 * units (a word, or a phrase of the vocabulary with its synonyms); a unit matches a programme when any
 * of its alternatives is found in any field, in either language, weighted by the field. Most units must
 * match: all of one or two, all but one of three or four, 60 % of longer texts, so that a question's
 * filler words do not empty the result. Words of five letters or more also match with one typo, at a
 * fifth of the weight. Long fields (descriptions) are searched for the phrase as typed and the one-word
 * synonyms only: a phrase query over every phrase of a group there costs more than it finds.
 */
final class TextQuery {

    static final int FUZZY_MIN_LENGTH = 5;
    private static final float FUZZY_WEIGHT = 0.2f;
    private static final int PHRASE_SLOP = 2;

    private final Synonyms synonyms;
    private final Analyzer french;
    private final Analyzer english;
    private final Analyzer plain;
    private final QueryBuilder frenchBuilder;
    private final QueryBuilder englishBuilder;

    TextQuery(Synonyms synonyms, Analyzer french, Analyzer english, Analyzer plain) {
        this.plain = plain;
        this.synonyms = synonyms;
        this.french = french;
        this.english = english;
        this.frenchBuilder = new QueryBuilder(french);
        this.englishBuilder = new QueryBuilder(english);
    }

    /** The query for {@code text}, or {@code null} when no word of it can be searched (only stop words). */
    Query parse(String text) {
        List<Query> units = new ArrayList<>();
        for (Synonyms.Unit unit : synonyms.units(text)) {
            Query query = unit(unit);
            if (query != null) {
                units.add(query);
            }
        }
        if (units.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        units.forEach(query -> all.add(query, Occur.SHOULD));
        all.setMinimumNumberShouldMatch(mustMatch(units.size()));
        return all.build();
    }

    static int mustMatch(int units) {
        if (units <= 2) {
            return units;
        }
        if (units <= 4) {
            return units - 1;
        }
        return (int) Math.ceil(units * 0.6);
    }

    private Query unit(Synonyms.Unit unit) {
        if (!unit.synonym() && isStopWord(unit.text())) {
            return null;
        }
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        int clauses = 0;
        for (SearchField field : SearchField.values()) {
            List<Query> found = new ArrayList<>();
            for (String alternative : unit.alternatives()) {
                if (!field.expandsPhrases() && alternative.indexOf(' ') >= 0 && !alternative.equals(unit.text())) {
                    continue;
                }
                add(found, frenchBuilder.createPhraseQuery(field.french(), alternative, PHRASE_SLOP));
                add(found, englishBuilder.createPhraseQuery(field.english(), alternative, PHRASE_SLOP));
            }
            if (field.fuzzy() && !unit.synonym() && unit.text().length() >= FUZZY_MIN_LENGTH
                    && unit.text().indexOf(' ') < 0) {
                fuzzy(found, field.plain(), plain, unit.text());
            }
            if (!found.isEmpty()) {
                fields.add(new BoostQuery(new DisjunctionMaxQuery(found, 0.0f), field.boost()), Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : fields.build();
    }

    /**
     * A word either language drops ("pour", "the", "les", "in"): it would never match the other
     * language's fields either, so it is not asked for at all.
     */
    private boolean isStopWord(String word) {
        return terms(french, SearchField.NAME.french(), word).isEmpty()
                || terms(english, SearchField.NAME.english(), word).isEmpty();
    }

    private static void add(List<Query> found, Query query) {
        if (query != null) {
            found.add(query);
        }
    }

    /** The word as written (folded) with one edit, weighted low: found, but behind exact words. */
    private static void fuzzy(List<Query> found, String field, Analyzer analyzer, String word) {
        List<String> terms = terms(analyzer, field, word);
        if (terms.size() == 1 && terms.get(0).length() >= FUZZY_MIN_LENGTH - 1) {
            found.add(new BoostQuery(new FuzzyQuery(new Term(field, terms.get(0)), 1, 1, 20, true), FUZZY_WEIGHT));
        }
    }

    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
