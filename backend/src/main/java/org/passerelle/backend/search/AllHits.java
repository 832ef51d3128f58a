package org.passerelle.backend.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Every matching programme with its score. The facets count over all hits, not the top ones, and the
 * index holds at most some thousands of programmes, so collecting them all is both needed and cheap.
 */
final class AllHits extends SimpleCollector {

    private final List<IndexedProgramme> programmes;
    private final List<ProgrammeIndex.Scored> hits = new ArrayList<>();
    private NumericDocValues ordinals;
    private Scorable scorer;

    private AllHits(List<IndexedProgramme> programmes) {
        this.programmes = programmes;
    }

    static List<ProgrammeIndex.Scored> collect(IndexSearcher searcher, Query query,
            List<IndexedProgramme> programmes) throws IOException {
        return searcher.search(query, new CollectorManager<AllHits, List<ProgrammeIndex.Scored>>() {
            @Override
            public AllHits newCollector() {
                return new AllHits(programmes);
            }

            @Override
            public List<ProgrammeIndex.Scored> reduce(Collection<AllHits> collectors) {
                List<ProgrammeIndex.Scored> all = new ArrayList<>();
                collectors.forEach(collector -> all.addAll(collector.hits));
                return all;
            }
        });
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        ordinals = context.reader().getNumericDocValues(ProgrammeIndex.ORDINAL);
    }

    @Override
    public void setScorer(Scorable scorer) {
        this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
        if (ordinals != null && ordinals.advanceExact(doc)) {
            int ordinal = (int) ordinals.longValue();
            hits.add(new ProgrammeIndex.Scored(programmes.get(ordinal), ordinal, scorer.score()));
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }
}
