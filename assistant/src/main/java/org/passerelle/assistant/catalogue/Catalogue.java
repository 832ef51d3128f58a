package org.passerelle.assistant.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.passerelle.backend.dataset.CallData;
import org.passerelle.backend.dataset.DatasetChanged;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.service.PublishedProgrammes;
import org.passerelle.backend.startup.DataLoaded;

/**
 * The published programmes with their rules and calls, held in memory for the eligibility service and
 * the assistant: they answer from here without touching the database. Loaded at start and reloaded
 * whole after every committed change of programmes or calls (a few hundred programmes load in
 * milliseconds); readers always see one complete snapshot.
 */
@ApplicationScoped
public class Catalogue {

    private static final Logger LOG = Logger.getLogger(Catalogue.class.getName());

    @Inject
    private PublishedProgrammes published;

    private volatile Map<String, CatalogueEntry> entries = Map.of();

    private volatile long generation;

    void onStart(@Observes DataLoaded event) {
        reload();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) DatasetChanged event) {
        reload();
    }

    public void reload() {
        PublishedProgrammes.Snapshot snapshot = published.load();
        load(snapshot.programmes(), snapshot.calls());
    }

    /** A catalogue of the given programmes and calls, without a container (tests, benchmarks). */
    public static Catalogue of(List<ProgrammeData> programmes, List<CallData> calls) {
        Catalogue catalogue = new Catalogue();
        catalogue.load(programmes, calls);
        return catalogue;
    }

    /** Replaces the held snapshot with these published programmes and calls. */
    public synchronized void load(List<ProgrammeData> programmes, List<CallData> calls) {
        Map<String, List<CallData>> callsByProgramme = new LinkedHashMap<>();
        for (CallData call : calls) {
            callsByProgramme.computeIfAbsent(call.programme(), code -> new ArrayList<>()).add(call);
        }
        Map<String, CatalogueEntry> loaded = new LinkedHashMap<>();
        for (ProgrammeData programme : programmes) {
            loaded.put(programme.code(), new CatalogueEntry(programme, RulesMapper.rules(programme),
                    List.copyOf(callsByProgramme.getOrDefault(programme.code(), List.of()))));
        }
        entries = Collections.unmodifiableMap(loaded);
        generation++;
        LOG.fine(() -> "Catalogue loaded: " + loaded.size() + " published programmes.");
    }

    public Optional<CatalogueEntry> find(String code) {
        return Optional.ofNullable(entries.get(code));
    }

    /** Every published programme, by code. */
    public List<CatalogueEntry> all() {
        return List.copyOf(entries.values());
    }

    /** Changes whenever the snapshot is replaced: lets readers rebuild what they derive from it. */
    public long generation() {
        return generation;
    }

    public int size() {
        return entries.size();
    }
}
