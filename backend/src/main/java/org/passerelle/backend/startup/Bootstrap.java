package org.passerelle.backend.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.passerelle.backend.config.Settings;

/**
 * Prepares the installation when the application is deployed: migrates the schema (Flyway owns it),
 * creates the admin account, loads the demo dataset into an empty database, then announces
 * {@link DataLoaded}. A failure here fails the deployment, so a broken installation never looks alive.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/passerelle",
        className = "org.passerelle.backend.config.ConfiguredDataSource",
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    /**
     * Tells the launcher of the runnable jar, in the same JVM, whether the application started:
     * Payara Micro lists an application whose deployment failed as deployed.
     */
    public static final String STATE_PROPERTY = "passerelle.state";

    @Resource(lookup = "java:app/jdbc/passerelle")
    private DataSource dataSource;

    @Inject
    private Readiness readiness;

    @Inject
    private AdminAccountBootstrap adminAccount;

    @Inject
    private DemoDataLoader demoData;

    @Inject
    private Event<DataLoaded> dataLoaded;

    @PostConstruct
    void start() {
        Settings settings = Settings.current();
        try {
            migrate();
            readiness.completed(Readiness.Step.DATABASE_MIGRATED);
            adminAccount.ensureAdminExists(settings.adminPassword());
            if (settings.loadDemoData()) {
                demoData.loadIntoEmptyDatabase();
            }
            readiness.completed(Readiness.Step.DATA_LOADED);
            dataLoaded.fire(new DataLoaded());
            System.setProperty(STATE_PROPERTY, "started");
        } catch (RuntimeException e) {
            System.setProperty(STATE_PROPERTY, "failed");
            readiness.failed(e.getMessage());
            LOG.log(Level.SEVERE, "Passerelle could not start: " + e.getMessage(), e);
            throw e;
        }
    }

    private void migrate() {
        var result = Flyway.configure(Bootstrap.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migration(s) applied).");
    }
}
