package org.passerelle.backend.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.passerelle.backend.dataset.CallData;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.dataset.TextData;
import org.passerelle.domain.programme.ProgrammeStatus;

/**
 * A complete, immutable Lucene index of published programmes and their calls, built in one go from
 * dataset records and searched without CDI or a database. Programmes that are not PUBLISHED are left
 * out whatever the caller passes. Held in memory ({@link ByteBuffersDirectory}): it is rebuilt at
 * every start and after every change anyway, and 10,000 programmes take a few megabytes.
 *
 * <p>An index is replaced, never changed: {@link ProgrammeSearch} swaps in a new one and {@link #retire()}s
 * the old, which closes once its last search ends (reference counted, as Lucene's SearcherManager does).
 */
public final class ProgrammeIndex implements Closeable {

    static final String ORDINAL = "ordinal";
    static final String F_AXIS = "f_axis";
    static final String F_APPLICANT = "f_applicantType";
    static final String F_TERRITORY = "f_territory";
    static final String F_THEME = "f_theme";
    static final String F_FUNDER = "f_funder";

    /** Higher score first; on equal scores by code, which is the order of the ordinals. */
    private static final Comparator<Scored> BEST_FIRST = (a, b) -> a.score() != b.score()
            ? Float.compare(b.score(), a.score()) : Integer.compare(a.ordinal(), b.ordinal());

    private final List<IndexedProgramme> programmes;
    private final Map<String, IndexedProgramme> byCode;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final TextQuery textQuery;
    private final Facets facets;

    /** A programme that matched, with its score. */
    record Scored(IndexedProgramme programme, int ordinal, float score) {
    }

    /** The hits of one search with the records they point to, read from one index. */
    public record Found(SearchResult result, List<ProgrammeData> programmes) {
    }

    private ProgrammeIndex(List<IndexedProgramme> programmes, DirectoryReader reader, TextQuery textQuery) {
        this.programmes = programmes;
        this.byCode = new LinkedHashMap<>();
        programmes.forEach(p -> byCode.put(p.code(), p));
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.textQuery = textQuery;
        this.facets = new Facets(programmes);
    }

    /** An index of nothing, until the data is loaded. */
    public static ProgrammeIndex empty() {
        return build(List.of(), List.of());
    }

    /** The index of the published programmes among {@code programmes}, with their calls among {@code calls}. */
    public static ProgrammeIndex build(Collection<ProgrammeData> programmes, Collection<CallData> calls) {
        return build(programmes, calls, Synonyms.standard());
    }

    static ProgrammeIndex build(Collection<ProgrammeData> programmes, Collection<CallData> calls,
            Synonyms synonyms) {
        Map<String, List<CallData>> callsByProgramme = new LinkedHashMap<>();
        for (CallData call : calls) {
            callsByProgramme.computeIfAbsent(call.programme(), code -> new ArrayList<>()).add(call);
        }
        List<IndexedProgramme> indexed = programmes.stream()
                .filter(p -> p.status() == ProgrammeStatus.PUBLISHED)
                .sorted(Comparator.comparing(ProgrammeData::code))
                .map(p -> IndexedProgramme.of(p, callsByProgramme.getOrDefault(p.code(), List.of())))
                .toList();
        Analyzer french = Analyzers.french();
        Analyzer english = Analyzers.english();
        Analyzer plain = Analyzers.plain();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField(french, english, plain))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int ordinal = 0; ordinal < indexed.size(); ordinal++) {
                writer.addDocument(document(indexed.get(ordinal), ordinal));
            }
            writer.commit();
            return new ProgrammeIndex(indexed, DirectoryReader.open(directory),
                    new TextQuery(synonyms, french, english, plain));
        } catch (IOException e) {
            throw new UncheckedIOException("The programme index could not be built", e);
        }
    }

    private static Document document(IndexedProgramme indexed, int ordinal) {
        ProgrammeData programme = indexed.programme();
        Document document = new Document();
        document.add(new NumericDocValuesField(ORDINAL, ordinal));
        text(document, SearchField.CODE, programme.code());
        text(document, SearchField.NAME, programme.name());
        text(document, SearchField.SUMMARY, programme.summary());
        text(document, SearchField.DESCRIPTION, programme.description());
        for (String theme : indexed.themes()) {
            text(document, SearchField.THEMES, theme.replace('-', ' '));
            document.add(new StringField(F_THEME, theme, Field.Store.NO));
        }
        for (String funder : indexed.funders()) {
            text(document, SearchField.FUNDERS, funder);
            document.add(new StringField(F_FUNDER, funder, Field.Store.NO));
        }
        for (CallData call : indexed.calls()) {
            text(document, SearchField.CALLS, call.code().replace('-', ' '));
            text(document, SearchField.CALLS, call.title());
        }
        if (programme.axes() != null) {
            programme.axes().forEach(axis -> document.add(new StringField(F_AXIS, axis.name(), Field.Store.NO)));
        }
        indexed.applicantTypes().forEach(t -> document.add(new StringField(F_APPLICANT, t.name(), Field.Store.NO)));
        indexed.territories().forEach(t -> document.add(new StringField(F_TERRITORY, t.name(), Field.Store.NO)));
        return document;
    }

    private static void text(Document document, SearchField field, TextData text) {
        if (text != null) {
            text(document, field, text.fr(), text.en() == null ? text.fr() : text.en());
        }
    }

    private static void text(Document document, SearchField field, String both) {
        if (both != null) {
            text(document, field, both, both);
        }
    }

    /** French text goes to the French field; English to the English one (the French again when missing). */
    private static void text(Document document, SearchField field, String french, String english) {
        if (french != null) {
            document.add(new TextField(field.french(), french, Field.Store.NO));
        }
        if (english != null) {
            document.add(new TextField(field.english(), english, Field.Store.NO));
        }
        if (field.fuzzy()) {
            document.add(new TextField(field.plain(), french == null || french.equals(english) ? english
                    : english == null ? french : french + "\n" + english, Field.Store.NO));
        }
    }

    /** The programmes that match, best first, one page of them, with facet counts over all of them. */
    public SearchResult search(SearchQuery query) {
        return find(query).result();
    }

    /** As {@link #search}, with the records of the page's hits (read from this same index). */
    public Found find(SearchQuery query) {
        LocalDate day = query.asOf() == null ? LocalDate.now() : query.asOf();
        if (!reader.tryIncRef()) {
            throw new org.apache.lucene.store.AlreadyClosedException("This programme index was replaced");
        }
        try {
            List<Scored> matching = new ArrayList<>();
            for (Scored scored : AllHits.collect(searcher, luceneQuery(query), programmes)) {
                if (query.openCallNow() == null || query.openCallNow() == scored.programme().hasCallOpenOn(day)) {
                    matching.add(scored);
                }
            }
            Map<String, Map<String, Long>> counts = facets.count(matching, day);
            matching.sort(BEST_FIRST);
            int from = Math.min(query.offset(), matching.size());
            int to = (int) Math.min((long) from + query.limit(), matching.size());
            List<Scored> page = matching.subList(from, to);
            List<SearchHit> hits = page.stream().map(s -> new SearchHit(s.programme().code(), s.score())).toList();
            return new Found(new SearchResult(hits, matching.size(), counts),
                    page.stream().map(s -> s.programme().programme()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("The programme index could not be searched", e);
        } finally {
            decRef();
        }
    }

    Query luceneQuery(SearchQuery query) {
        Query text = query.hasText() ? textQuery.parse(query.text()) : null;
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        all.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
        filter(all, F_AXIS, query.axes(), Enum::name);
        filter(all, F_APPLICANT, query.applicantTypes(), Enum::name);
        filter(all, F_TERRITORY, query.territories(), Enum::name);
        filter(all, F_THEME, query.themes(), Function.identity());
        filter(all, F_FUNDER, query.funders(), Function.identity());
        return all.build();
    }

    private static <T> void filter(BooleanQuery.Builder all, String field, Set<T> values, Function<T, String> term) {
        if (!values.isEmpty()) {
            BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
            values.forEach(value -> anyOf.add(new TermQuery(new Term(field, term.apply(value))), Occur.SHOULD));
            all.add(anyOf.build(), Occur.FILTER);
        }
    }

    /** The published programme with this code, as indexed. */
    public Optional<ProgrammeData> programme(String code) {
        return Optional.ofNullable(byCode.get(code)).map(IndexedProgramme::programme);
    }

    public int size() {
        return programmes.size();
    }

    /** Closes this index once the searches running on it end; new searches must use its successor. */
    public void retire() {
        decRef();
    }

    @Override
    public void close() {
        retire();
    }

    private void decRef() {
        try {
            reader.decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isClosed() {
        return reader.getRefCount() <= 0;
    }
}
