package org.passerelle.backend.search.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.passerelle.backend.search.ProgrammeIndex;
import org.passerelle.backend.search.SearchQuery;
import org.passerelle.backend.search.SearchResult;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Territory;

/**
 * Search over 10,000 generated programmes, the figures the index is held to: p95 ≤ 10 ms per search
 * (sampled, so that JMH reports p50/p95/p99), and the time to rebuild the whole index. Each search
 * counts the facets over all its matches and returns the first page of 20, as the API and the catalogue
 * do. Queries turn over a list of what people type (French and English, accents or not, plurals,
 * synonyms, typos), with and without filters. Run it with {@code bench/search.sh}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SearchBenchmark {

    private static final long SEED = 20_261_202L;
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    static final List<String> TEXTS = List.of("ressourcerie", "ressourceries réemploi", "reemploi", "reuse",
            "économie sociale et solidaire", "economie sociale", "ESS", "social economy", "CAE",
            "coopératives d'activités et d'emploi", "IAE", "work integration", "insertion", "photonique",
            "lasers", "optique santé", "photonics", "cancer", "oncology research", "technologies médicales",
            "medtech", "nutrition", "food", "numérique", "intelligence artificielle", "artificial intelligence",
            "start-up export", "jeunes pousses", "spectacle vivant", "performing arts", "festivals de musique",
            "bande dessinée", "comics", "résidence d'écriture", "writing residency", "cinéma", "film",
            "mobilité des jeunes", "youth mobility Québec", "stages internationaux", "internship", "volontariat",
            "volunteering", "thèse en cotutelle", "doctorat", "cégep", "college exchanges", "jumelage",
            "town twinning", "mairie", "transition écologique", "green transition", "filière bois", "forestry",
            "tourisme durable", "francophonie", "agriculture biologique", "organic farming", "économie maritime",
            "ressourcrie", "photonque", "cooperatve", "nutrtion", "financer des prototypes au Québec",
            "soutien aux partenariats franco-québécois", "bourses pour étudiants", "Gironde", "Montréal",
            "prix innovation sociale", "tiers-lieux");

    @Param("10000")
    public int programmeCount;

    private GeneratedProgrammes.Dataset dataset;
    private ProgrammeIndex index;
    private int next;

    @Setup(Level.Trial)
    public void buildIndex() {
        dataset = GeneratedProgrammes.generate(programmeCount, SEED);
        index = ProgrammeIndex.build(dataset.programmes(), dataset.calls());
    }

    @TearDown(Level.Trial)
    public void closeIndex() {
        index.close();
    }

    private String nextText() {
        next = (next + 1) % TEXTS.size();
        return TEXTS.get(next);
    }

    /** Free text only, first page of 20 with facets: the public search box. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public SearchResult text() {
        return index.search(SearchQuery.builder().text(nextText()).asOf(TODAY).build());
    }

    /** Free text narrowed by an axis, a territory, an applicant type and an open call: the catalogue. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public SearchResult textAndFilters() {
        Axis axis = Axis.values()[next % Axis.values().length];
        return index.search(SearchQuery.builder().text(nextText()).axes(Set.of(axis))
                .territories(Set.of(Territory.QUEBEC)).applicantTypes(Set.of(ApplicantType.ASSOCIATION))
                .openCallNow(true).asOf(TODAY).build());
    }

    /** No words, every published programme by code with all facets: the catalogue's first screen. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public SearchResult browseAll() {
        return index.search(SearchQuery.builder().asOf(TODAY).build());
    }

    /** The whole index built again from the records, as after every committed change. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public int rebuild() {
        try (ProgrammeIndex rebuilt = ProgrammeIndex.build(dataset.programmes(), dataset.calls())) {
            return rebuilt.size();
        }
    }
}
