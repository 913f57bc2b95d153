package io.marquee.bench;

import io.marquee.testing.EmbeddedDatabase;
import io.marquee.testing.MicroServer;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A benchmark's server: Payara Micro with the WAR and the demo data, on 127.0.0.1, against the
 * benchmark's own database. {@code bench.serverJvm} passes options to its JVM (e.g. a JFR recording).
 */
final class BenchServer {

    private BenchServer() {
    }

    /** Starts it and says how long it took since {@code started} (the benchmark's own start). */
    static MicroServer start(EmbeddedDatabase database, String workDir, Instant started) {
        Map<String, String> environment = new HashMap<>(database.serverEnvironment());
        environment.put("MARQUEE_DEMO_ENABLED", "true");
        String serverJvm = System.getProperty("bench.serverJvm", "").strip();
        if (!serverJvm.isEmpty()) {
            environment.put("JDK_JAVA_OPTIONS", serverJvm);
        }
        MicroServer server = MicroServer.start(new MicroServer.Settings(MicroServer.freePort(),
                Path.of("target", workDir).toAbsolutePath(), environment, "marquee-bench-" + UUID.randomUUID()));
        System.out.printf("  server up in %d s (pid %d, log %s)%n", Duration.between(started, Instant.now()).toSeconds(),
                server.pid(), server.log());
        return server;
    }
}
