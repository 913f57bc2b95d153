package io.marquee.testing;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The one Marquee server the black-box and browser tests share: an embedded PostgreSQL and
 * Payara Micro with the demo data, started by the first test that asks and stopped when the
 * test JVM's launcher session closes ({@link ServerSession}).
 */
public final class SystemUnderTest {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String ORGANISER = "organiser";
    public static final String ORGANISER_PASSWORD = "test-organiser-password";
    /** The largest VOD file the test server takes: small, so a test can offer a larger one. */
    public static final long VOD_MAX_BYTES = 32L * 1024 * 1024;

    private static EmbeddedDatabase database;
    private static LocalMailbox mailbox;
    private static LocalVodStore vodStore;
    private static SystemUnderTest running;

    private final MicroServer server;

    private SystemUnderTest(MicroServer server) {
        this.server = server;
    }

    public static synchronized SystemUnderTest get() {
        if (running == null) {
            Path workDir = Path.of("target", "system-under-test").toAbsolutePath();
            int port = MicroServer.freePort();
            vodStore = LocalVodStore.start(workDir.resolve("s3"), List.of("http://127.0.0.1:" + port));
            Map<String, String> environment = MicroServer.merged(database().serverEnvironment(), mailbox().serverEnvironment(),
                    vodStore.serverEnvironment(), Map.of(
                    "MARQUEE_DEMO_ENABLED", "true",
                    "MARQUEE_DEMO_ADMIN_PASSWORD", ADMIN_PASSWORD,
                    "MARQUEE_DEMO_ORGANISER_PASSWORD", ORGANISER_PASSWORD,
                    "MARQUEE_LOGIN_LOCK_MINUTES", "1",
                    "MARQUEE_MEDIA_VOD_MAX_BYTES", String.valueOf(VOD_MAX_BYTES),
                    // the tests' webhook receivers listen on loopback and fail on purpose: retry within seconds
                    "MARQUEE_WEBHOOKS_ALLOW_LOOPBACK", "true",
                    "MARQUEE_WEBHOOKS_FIRST_RETRY_SECONDS", "1"));
            running = new SystemUnderTest(MicroServer.start(MicroServer.Settings.forTests(port, workDir, environment)));
        }
        return running;
    }

    /**
     * The test JVM's database: on the port the build reserved (the environment of this JVM
     * already names it, for the servers Arquillian starts), or any free port outside Maven.
     */
    static synchronized EmbeddedDatabase database() {
        if (database == null) {
            database = EmbeddedDatabase.temporaryOn(Integer.parseInt(System.getProperty("marquee.it.db.port", "0")));
        }
        return database;
    }

    /** The S3 the server under test keeps its VOD files in (started with the server). */
    public static synchronized LocalVodStore vodStore() {
        get();
        return vodStore;
    }

    /** The SMTP server the server under test sends its emails to. */
    public static synchronized LocalMailbox mailbox() {
        if (mailbox == null) {
            mailbox = LocalMailbox.onFreePort();
        }
        return mailbox;
    }

    static synchronized void stopIfRunning() {
        if (running != null) {
            running.server.close();
            running = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
        if (mailbox != null) {
            mailbox.close();
            mailbox = null;
        }
        if (vodStore != null) {
            vodStore.close();
            vodStore = null;
        }
    }

    public URI base() {
        return server.base();
    }

    public URI uri(String path) {
        return server.base().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public String jdbcUrl() {
        return database().jdbcUrl();
    }

    /** A connection to the server's database, to arrange or check what the API cannot. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
    }

    /** A second instance in the shared server's cluster, on the same database: the caller closes it. */
    public MicroServer startAnotherInstance(Path workDir) {
        return server.startAnother(workDir);
    }

    public Path serverLog() {
        return server.log();
    }
}
