package org.passerelle.backend.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.passerelle.backend.dataset.DatasetDocument;
import org.passerelle.backend.dataset.DatasetReader;

/** The demo dataset the application loads at start, read as the importer reads it, without a database. */
final class DemoDataset {

    private static DatasetDocument document;
    private static ProgrammeIndex index;

    private DemoDataset() {
    }

    static synchronized DatasetDocument document() {
        if (document == null) {
            try (InputStream in = DemoDataset.class.getResourceAsStream("/demo/demo-dataset.json")) {
                DatasetReader.Read<DatasetDocument> read = DatasetReader.document(
                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
                if (!read.valid()) {
                    throw new IllegalStateException("The demo dataset is not valid: " + read.errors());
                }
                document = read.value();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return document;
    }

    /** The index of the demo dataset, shared by the tests that only read it. */
    static synchronized ProgrammeIndex index() {
        if (index == null) {
            index = ProgrammeIndex.build(document().programmesOrEmpty(), document().callsOrEmpty());
        }
        return index;
    }
}
