package org.passerelle.backend.config;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The data source behind the application's connection pool, chosen from the {@link Settings} when
 * the pool first needs it: PostgreSQL when {@code PASSERELLE_DB_URL} is a {@code jdbc:postgresql:}
 * URL, otherwise an H2 file database in the data directory. Doing this in code, rather than in the
 * annotation's URL, lets the default depend on the data directory and keeps the WAR unchanged
 * between installations.
 */
public class ConfiguredDataSource implements DataSource {

    private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());

    private final DataSource delegate;

    public ConfiguredDataSource() {
        this(Settings.current());
    }

    ConfiguredDataSource(Settings settings) {
        String url = settings.databaseUrl();
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            settings.databaseUser().ifPresent(pg::setUser);
            settings.databasePassword().ifPresent(pg::setPassword);
            pg.setApplicationName("passerelle");
            delegate = pg;
            LOG.info(() -> "Database: PostgreSQL at " + url);
        } else if (url.startsWith("jdbc:h2:")) {
            if (settings.usesEmbeddedDatabase()) {
                try {
                    Files.createDirectories(settings.dataDir());
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot create the data directory " + settings.dataDir(), e);
                }
            }
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(settings.databaseUser().orElse("sa"));
            h2.setPassword(settings.databasePassword().orElse(""));
            delegate = h2;
            LOG.info(() -> "Database: H2 at " + url);
        } else {
            throw new IllegalStateException("PASSERELLE_DB_URL must be a jdbc:postgresql: or jdbc:h2: URL, not '"
                    + url + "'.");
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate.isWrapperFor(type);
    }
}
