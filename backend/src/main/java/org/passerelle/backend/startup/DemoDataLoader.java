package org.passerelle.backend.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.passerelle.backend.dataset.DatasetImporter;
import org.passerelle.backend.dataset.ImportMode;
import org.passerelle.backend.dataset.ImportSummary;

/**
 * Loads the bundled demo dataset — the partnership's programmes, calls, organisations and projects —
 * into an installation that holds no data yet. An installation with data is never touched.
 */
@ApplicationScoped
public class DemoDataLoader {

    static final String RESOURCE = "/demo/demo-dataset.json";
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    private DatasetImporter importer;

    public void loadIntoEmptyDatabase() {
        ImportSummary current = importer.summary();
        if (current.programmes() + current.calls() + current.organisations() + current.projects() > 0) {
            LOG.info(() -> "Demo data not loaded: the installation already holds data (" + current + ").");
            return;
        }
        ImportSummary loaded = importer.importDataset(read(), ImportMode.REPLACE);
        LOG.info(() -> "Demo data loaded: " + loaded + ".");
    }

    public static String read() {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The demo dataset is missing from the class path: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
