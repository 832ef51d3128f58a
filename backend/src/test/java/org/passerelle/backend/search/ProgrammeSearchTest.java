package org.passerelle.backend.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.backend.search.Programmes.call;
import static org.passerelle.backend.search.Programmes.published;
import static org.passerelle.backend.search.Programmes.withStatus;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.backend.dataset.CallData;
import org.passerelle.backend.dataset.DatasetChanged;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.service.PublishedProgrammes;
import org.passerelle.backend.startup.DataLoaded;
import org.passerelle.backend.startup.Readiness;
import org.passerelle.domain.programme.ProgrammeStatus;

/**
 * The search follows the database: built when the data is loaded (and only then ready), rebuilt after
 * every committed change, so that a programme created, published, revised, archived or deleted is found
 * or gone at once. The database is stood in for by a list of programmes the test edits.
 */
class ProgrammeSearchTest {

    /** What {@link PublishedProgrammes#load()} would read: everything, the index keeps the published. */
    static final class Database extends PublishedProgrammes {
        final List<ProgrammeData> programmes = new ArrayList<>();
        final List<CallData> calls = new ArrayList<>();
        boolean down;

        @Override
        public Snapshot load() {
            if (down) {
                throw new IllegalStateException("database down");
            }
            return new Snapshot(List.copyOf(programmes), List.copyOf(calls));
        }

        void put(ProgrammeData programme) {
            programmes.removeIf(p -> p.code().equals(programme.code()));
            programmes.add(programme);
        }
    }

    private final Database database = new Database();
    private final Readiness readiness = new Readiness();
    private final ProgrammeSearch search = new ProgrammeSearch(database, readiness,
            Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), ZoneOffset.UTC));

    private List<String> found(String text) {
        return search.search(SearchQuery.text(text, 10)).hits().stream().map(SearchHit::code).toList();
    }

    private void committed() {
        search.onChange(DatasetChanged.everything());
    }

    @Test
    void the_index_is_built_when_the_data_is_loaded_and_readiness_records_it() {
        database.put(published("FESTIVALS", "Festivals de cinéma", "Film festivals"));
        assertThat(found("cinéma")).isEmpty();
        search.onDataLoaded(new DataLoaded());
        assertThat(found("cinéma")).containsExactly("FESTIVALS");
        assertThat(readiness.done()).contains(Readiness.Step.SEARCH_INDEXED);
    }

    @Test
    void created_published_revised_archived_and_deleted_programmes_are_followed() {
        search.onDataLoaded(new DataLoaded());
        ProgrammeData draft = withStatus(published("PHOTO", "Photographie documentaire", "Documentary photography"),
                ProgrammeStatus.DRAFT);
        database.put(draft);
        committed();
        assertThat(found("photographie")).as("a draft is not public").isEmpty();

        database.put(withStatus(draft, ProgrammeStatus.PUBLISHED));
        committed();
        assertThat(found("photographie")).containsExactly("PHOTO");
        assertThat(search.programme("PHOTO")).isPresent();

        database.put(Programmes.withSummary(withStatus(draft, ProgrammeStatus.PUBLISHED), "Reportages en lumière",
                "Reportage in light"));
        committed();
        assertThat(found("reportages")).as("the revised summary is searched").containsExactly("PHOTO");

        database.put(withStatus(draft, ProgrammeStatus.ARCHIVED));
        committed();
        assertThat(found("photographie")).as("archived is gone").isEmpty();
        assertThat(search.programme("PHOTO")).isEmpty();

        database.put(withStatus(draft, ProgrammeStatus.PUBLISHED));
        committed();
        database.programmes.clear();
        committed();
        assertThat(found("photographie")).as("deleted is gone").isEmpty();
    }

    @Test
    void a_new_call_is_searched_and_opens_the_programme_today() {
        database.put(published("ARTS", "Arts visuels", "Visual arts"));
        search.onDataLoaded(new DataLoaded());
        SearchQuery openNow = SearchQuery.builder().openCallNow(true).build();
        assertThat(search.search(openNow).total()).isZero();
        database.calls.add(call("ARTS-VITRAUX", "ARTS", "Vitraux contemporains", "2026-03-01", "2026-03-31"));
        committed();
        assertThat(found("vitraux")).containsExactly("ARTS");
        assertThat(search.search(openNow).hits()).extracting(SearchHit::code).containsExactly("ARTS");
    }

    @Test
    void a_failed_rebuild_keeps_serving_the_previous_index() {
        database.put(published("ARTS", "Arts visuels", "Visual arts"));
        search.onDataLoaded(new DataLoaded());
        database.down = true;
        database.programmes.clear();
        committed();
        assertThat(found("arts")).containsExactly("ARTS");
        database.down = false;
        committed();
        assertThat(found("arts")).isEmpty();
    }
}
