package org.passerelle.backend.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives each integration-test run an empty database before the container starts: a new PostgreSQL
 * database (dropped and created again) and an empty data directory for H2 and the indexes. Does
 * nothing in unit-test runs, where the properties are not set.
 */
public class FreshDatabases implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String dataDir = System.getProperty("passerelle.it.dataDir");
        if (dataDir != null) {
            deleteRecursively(Path.of(dataDir));
        }
        String postgresUrl = System.getProperty("passerelle.it.postgresUrl");
        if (postgresUrl != null && "postgres".equals(System.getProperty("arquillian.launch"))) {
            recreate(postgresUrl);
        }
    }

    private static void recreate(String url) {
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("[?].*", "");
        if (!database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Unexpected test database name: " + database);
        }
        String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(admin, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the PostgreSQL test database at " + admin
                    + " (is PostgreSQL running on 127.0.0.1:5432 with trust authentication?)", e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
