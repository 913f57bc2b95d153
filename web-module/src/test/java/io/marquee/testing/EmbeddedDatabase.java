package io.marquee.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * A real PostgreSQL 17 from the zonky binaries: nothing to install, starts in seconds.
 * With a data folder it survives restarts (the run command); without one it is thrown away
 * (tests).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";
    static final String DATABASE = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A database kept in {@code dataDir}: created on the first start, reused after. */
    public static EmbeddedDatabase persistentIn(Path dataDir) {
        try {
            Files.createDirectories(dataDir.getParent());
            return new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // zonky turns durability off for speed; data meant to survive must be flushed
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    /** A throw-away database for one test run, on a free port. */
    public static EmbeddedDatabase temporary() {
        return temporaryOn(0);
    }

    /** A throw-away database for one test run on {@code port} (0: any free port). */
    public static EmbeddedDatabase temporaryOn(int port) {
        return temporary(port, Map.of());
    }

    /**
     * A throw-away database that counts the statements it runs ({@code pg_stat_statements}, preloaded; the
     * caller creates the extension), for benchmarks that report statements per operation.
     */
    public static EmbeddedDatabase temporaryCountingStatements() {
        return temporary(0, Map.of("shared_preload_libraries", "pg_stat_statements"));
    }

    private static EmbeddedDatabase temporary(int port, Map<String, String> serverConfig) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off");
            serverConfig.forEach(builder::setServerConfig);
            return new EmbeddedDatabase(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE).replace("localhost", "127.0.0.1");
    }

    /** A connection to a test database by its URL, as the tests' own user. */
    public static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, USER, PASSWORD);
    }

    /** The environment the server's post-boot commands read the pool from. */
    public Map<String, String> serverEnvironment() {
        return Map.of("MARQUEE_DB_URL", jdbcUrl(), "MARQUEE_DB_USER", USER, "MARQUEE_DB_PASSWORD", PASSWORD);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
