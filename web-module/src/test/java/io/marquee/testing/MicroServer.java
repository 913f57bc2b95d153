package io.marquee.testing;

import io.marquee.platform.control.SecretBox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro with the Marquee WAR in its own process, everything bound to loopback: HTTP on
 * 127.0.0.1, the Hazelcast grid on 127.0.0.1 under a cluster name of its own.
 */
public final class MicroServer implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
    /**
     * One per test JVM: every server it starts on one database reads the stream keys the others sealed.
     * The JVM's own MARQUEE_SECRETS_KEY, when it has one, is what the servers inherit.
     */
    private static final String SECRETS_KEY = System.getenv().getOrDefault("MARQUEE_SECRETS_KEY", SecretBox.newKey());

    private final Process process;
    private final URI base;
    private final Path log;
    private final Settings settings;

    /** The secrets of the servers this JVM starts, for a test that must read or sign what they sign (a price quote). */
    public static SecretBox secrets() {
        return SecretBox.of(SECRETS_KEY);
    }

    private MicroServer(Process process, URI base, Path log, Settings settings) {
        this.process = process;
        this.base = base;
        this.log = log;
        this.settings = settings;
    }

    /**
     * What to start: the build's artefacts come from system properties the build sets. The instance's
     * grid listens on {@code gridPort} and joins the member on {@code memberGridPort} (its own: a new grid).
     */
    public record Settings(int httpPort, Path workDir, Map<String, String> environment, String clusterName, int gridPort,
                           int memberGridPort) {

        public Settings(int httpPort, Path workDir, Map<String, String> environment, String clusterName) {
            this(httpPort, workDir, environment, clusterName, freePort());
        }

        private Settings(int httpPort, Path workDir, Map<String, String> environment, String clusterName, int gridPort) {
            this(httpPort, workDir, environment, clusterName, gridPort, gridPort);
        }

        public static Settings forTests(Path workDir, Map<String, String> environment) {
            return forTests(freePort(), workDir, environment);
        }

        /** On a port chosen before, when something started earlier must know it (a CORS origin). */
        public static Settings forTests(int httpPort, Path workDir, Map<String, String> environment) {
            return new Settings(httpPort, workDir, environment, "marquee-test-" + UUID.randomUUID());
        }
    }

    /** Another instance of this one's cluster (same database and settings), on ports and in a directory of its own. */
    public MicroServer startAnother(Path workDir) {
        return start(new Settings(freePort(), workDir, settings.environment(), settings.clusterName(), freePort(),
                settings.gridPort()));
    }

    public static MicroServer start(Settings settings) {
        try {
            Files.createDirectories(settings.workDir());
            Path log = settings.workDir().resolve("micro.log");
            ProcessBuilder builder = new ProcessBuilder(command(settings))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> environment = builder.environment();
            environment.putAll(settings.environment());
            // links in emails point at this server unless the caller names a public address
            environment.putIfAbsent("MARQUEE_PUBLIC_URL", "http://127.0.0.1:" + settings.httpPort());
            environment.putIfAbsent("MARQUEE_SECRETS_KEY", SECRETS_KEY);
            MicroServer server = new MicroServer(builder.start(),
                    URI.create("http://127.0.0.1:" + settings.httpPort() + "/"), log, settings);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> command(Settings settings) {
        Path runtime = Path.of(property("marquee.runtime"));
        Path config = Path.of(property("marquee.config"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Daws.ec2MetadataDisabled=true", "-Duser.timezone=UTC",
                // Hazelcast listens on every interface unless told to keep to --interfaces
                "-Dhazelcast.socket.bind.any=false",
                "-jar", runtime.resolve("payara-micro.jar").toString(),
                "--deploy", property("marquee.war"),
                "--contextroot", "/",
                "--addLibs", runtime.resolve("postgresql.jar").toString(),
                "--prebootcommandfile", config.resolve("loopback.asadmin").toString(),
                "--postbootcommandfile", config.resolve("postboot.asadmin").toString(),
                "--port", String.valueOf(settings.httpPort()),
                "--interfaces", "127.0.0.1",
                "--clustermode", "tcpip:127.0.0.1:" + settings.memberGridPort(),
                "--startport", String.valueOf(settings.gridPort()),
                "--clustername", settings.clusterName(),
                "--unpackdir", settings.workDir().resolve("runtime").toString(),
                "--disablephonehome"));
        return command;
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + log);
            }
            if (ready(client)) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        close();
        throw new IllegalStateException("Payara Micro was not ready within " + READY_TIMEOUT + "; see " + log);
    }

    private boolean ready(HttpClient client) {
        try {
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(base.resolve("health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("marquee-database");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI base() {
        return base;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    /** Blocks until the server process ends; answers its exit code. */
    public int awaitExit() throws InterruptedException {
        return process.waitFor();
    }

    /** Ends the server the way a crash or a power cut does: no shutdown hooks, nothing finished. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Stops the server the way Ctrl-C does (SIGTERM runs its shutdown hooks), forcibly if it hangs. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set: run through Maven");
        }
        return value;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SafeVarargs
    public static Map<String, String> merged(Map<String, String>... environments) {
        Map<String, String> merged = new HashMap<>();
        for (Map<String, String> environment : environments) {
            merged.putAll(environment);
        }
        return merged;
    }
}
