package io.marquee.testing;

import java.net.URI;
import java.nio.file.Path;
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

    private static SystemUnderTest running;

    private final EmbeddedDatabase database;
    private final MicroServer server;

    private SystemUnderTest(EmbeddedDatabase database, MicroServer server) {
        this.database = database;
        this.server = server;
    }

    public static synchronized SystemUnderTest get() {
        if (running == null) {
            EmbeddedDatabase database = EmbeddedDatabase.temporary();
            try {
                Map<String, String> environment = MicroServer.merged(database.serverEnvironment(), Map.of(
                        "MARQUEE_DEMO_ENABLED", "true",
                        "MARQUEE_DEMO_ADMIN_PASSWORD", ADMIN_PASSWORD,
                        "MARQUEE_DEMO_ORGANISER_PASSWORD", ORGANISER_PASSWORD,
                        "MARQUEE_LOGIN_LOCK_MINUTES", "1"));
                MicroServer server = MicroServer.start(MicroServer.Settings.forTests(
                        Path.of("target", "system-under-test").toAbsolutePath(), environment));
                running = new SystemUnderTest(database, server);
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        }
        return running;
    }

    static synchronized void stopIfRunning() {
        if (running != null) {
            running.server.close();
            running.database.close();
            running = null;
        }
    }

    public URI base() {
        return server.base();
    }

    public URI uri(String path) {
        return server.base().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public String jdbcUrl() {
        return database.jdbcUrl();
    }

    public Path serverLog() {
        return server.log();
    }
}
