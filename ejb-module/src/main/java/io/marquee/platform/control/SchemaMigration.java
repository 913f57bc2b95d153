package io.marquee.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema to the newest version at boot, before anything else touches it: every
 * other startup bean depends on this one, and EclipseLink generates no schema. Several
 * instances may boot at once; Flyway serialises them with a PostgreSQL advisory lock.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/marquee")
    DataSource dataSource;

    private volatile String version;
    private volatile boolean current;

    @PostConstruct
    void migrate() {
        Flyway flyway = flyway();
        MigrateResult result = flyway.migrate();
        version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        current = flyway.info().pending().length == 0;
        LOG.info(() -> "schema at version " + version + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** The schema version this instance migrated to, or null before migration finished. */
    public String version() {
        return version;
    }

    /**
     * True when the database holds every migration this build knows. Decided once at boot: the
     * build's migrations cannot change while it runs, so readiness polls need not ask Flyway.
     */
    public boolean isCurrent() {
        return current;
    }

    private Flyway flyway() {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // the batch runtime may create its job repository tables in this schema first:
                // start the history below V1 so every migration still runs
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }
}
