package io.marquee.ear;

import io.marquee.testing.EmbeddedDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the EAR on a full Payara Server: a fresh loopback-only domain, an embedded PostgreSQL,
 * the pool, resource and batch configuration made with asadmin, the EAR deployed, then the
 * readiness check and the partner API called over HTTP. Run with {@code -Pear-smoke}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EarSmokeIT {

    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(4);
    private static final String APP = "marquee";

    private static EmbeddedDatabase database;
    private static PayaraDomain domain;
    private static boolean deployed;
    private static URI base;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void deployTheEar() {
        Path payaraHome = Path.of(property("marquee.payara.home"));
        Path ear = Path.of(property("marquee.ear"));
        Path driver = Path.of(property("marquee.postgresql.jar"));
        Path workDir = Path.of(property("marquee.smoke.dir"));
        assertThat(ear).as("the EAR (build it with mvn install first)").isRegularFile();
        assertThat(driver).as("the PostgreSQL driver").isRegularFile();
        assertThat(payaraHome.resolve("bin/asadmin")).as("the unpacked Payara Server").isRegularFile();
        Runtime.getRuntime().addShutdownHook(new Thread(EarSmokeIT::tearDown, "ear-smoke-teardown"));

        long t0 = System.nanoTime();
        database = EmbeddedDatabase.temporary();
        report("embedded PostgreSQL start", t0);

        t0 = System.nanoTime();
        domain = PayaraDomain.create(payaraHome, workDir, "marquee-smoke");
        report("create-domain (port base " + (domain.httpPort() - 80) + ")", t0);

        t0 = System.nanoTime();
        domain.start();
        report("domain start", t0);
        base = URI.create("http://" + PayaraDomain.LOOPBACK + ":" + domain.httpPort() + "/");

        t0 = System.nanoTime();
        domain.asadmin(COMMAND_TIMEOUT, "add-library", "--type", "common", driver.toString());
        Map<String, String> db = database.serverEnvironment();
        domain.asadmin(COMMAND_TIMEOUT, "create-jdbc-connection-pool",
                "--datasourceclassname=org.postgresql.ds.PGSimpleDataSource", "--restype=javax.sql.DataSource",
                "--steadypoolsize=2", "--maxpoolsize=32", "--isconnectvalidatereq=true",
                "--validationmethod=custom-validation",
                "--validationclassname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                "--property", "user=" + db.get("MARQUEE_DB_USER") + ":password=" + db.get("MARQUEE_DB_PASSWORD")
                        + ":url=\"" + db.get("MARQUEE_DB_URL") + "\"",
                "marqueePool");
        domain.asadmin(COMMAND_TIMEOUT, "create-jdbc-resource", "--connectionpoolid=marqueePool", "jdbc/marquee");
        domain.asadmin(COMMAND_TIMEOUT, "set-batch-runtime-configuration", "--datasourcelookupname=jdbc/marquee");
        // fails here, with the driver's message, when the pool cannot reach the database
        domain.asadmin(COMMAND_TIMEOUT, "ping-connection-pool", "marqueePool");
        report("driver, pool, resource, batch configuration", t0);

        t0 = System.nanoTime();
        deployed = true; // undeploy even after a failed or timed-out deploy
        domain.asadmin(DEPLOY_TIMEOUT, "deploy", "--name", APP, ear.toString());
        report("deploy", t0);
    }

    @AfterAll
    static void undeployAndStop() {
        tearDown();
    }

    private static final String LOOPBACK_ADDRESS = "(\\[::ffff:127\\.0\\.0\\.1]|127\\.0\\.0\\.1|\\[::1]):\\d+";

    @Test
    @Order(1)
    void everyListenerIsOnLoopback() throws Exception {
        assertLoopbackOnly();
    }

    @Test
    @Order(5)
    void stillNothingButLoopbackAfterTheCalls() throws Exception {
        assertLoopbackOnly();
    }

    private static void assertLoopbackOnly() throws Exception {
        long pid = Long.parseLong(Files.readString(domain.domainDir().resolve("config/pid")).strip());
        Process ss = new ProcessBuilder("ss", "-Hltnup").redirectErrorStream(true).start();
        String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        ss.waitFor();
        List<String> server = out.lines().filter(line -> line.contains("pid=" + pid + ",")).toList();
        System.out.println("[ear-smoke] listening sockets of the server (pid " + pid + "):\n  "
                + String.join("\n  ", server));
        assertThat(server).as("the server's listening sockets (ss -ltnup)").isNotEmpty();
        assertThat(server).as("every listening socket of the server is on loopback; " + domain.diagnostics())
                .allSatisfy(line -> assertThat(localAddress(line)).matches(LOOPBACK_ADDRESS));

        Process connections = new ProcessBuilder("ss", "-Htanp").redirectErrorStream(true).start();
        String all = new String(connections.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        connections.waitFor();
        List<String> outbound = all.lines().filter(line -> line.contains("pid=" + pid + ","))
                .filter(line -> !line.startsWith("LISTEN")).toList();
        assertThat(outbound).as("the server's connections go to loopback only; " + domain.diagnostics())
                .allSatisfy(line -> assertThat(peerAddress(line)).matches(LOOPBACK_ADDRESS));
    }

    @Test
    @Order(2)
    void readinessIncludesTheDatabase() throws Exception {
        HttpResponse<String> response = awaitReady();
        assertThat(response.statusCode()).as("GET /health/ready: %s; %s", response.body(), domain.diagnostics())
                .isEqualTo(200);
        JsonObject check = json(response.body()).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> "marquee-database".equals(c.getString("name", null))).findFirst()
                .orElseThrow(() -> new AssertionError("no marquee-database check in " + response.body()));
        assertThat(check.getString("status")).as("marquee-database: %s", check).isEqualTo("UP");
    }

    @Test
    @Order(3)
    void theApiRefusesACallWithoutKey() throws Exception {
        HttpResponse<String> response = get("api/v1/organisers", Optional.empty());
        assertThat(response.statusCode()).as("GET /api/v1/organisers without a key: %s; %s", response.body(),
                domain.diagnostics()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
    }

    @Test
    @Order(4)
    void aPartnerKeyListsTheDemoOrganiser() throws Exception {
        String key = insertPartnerKey("northern-lights", "organisers:read");
        HttpResponse<String> response = get("api/v1/organisers", Optional.of(key));
        assertThat(response.statusCode()).as("GET /api/v1/organisers with a key: %s; %s", response.body(),
                domain.diagnostics()).isEqualTo(200);
        JsonArray organisers = Json.createReader(new StringReader(response.body())).readArray();
        assertThat(organisers.getValuesAs(JsonObject.class)).extracting(o -> o.getString("slug"))
                .containsExactly("northern-lights");
    }

    /** A partner acting for the organiser, with a key in the stored form: SHA-256 of the whole key. */
    private static String insertPartnerKey(String organiserSlug, String scope) throws SQLException {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        String prefix = HexFormat.of().formatHex(random);
        String key = "mq_" + prefix + "_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres")) {
            connection.setAutoCommit(false);
            long partner = insert(connection, "insert into partner (name) values (?) returning id", "EAR smoke partner");
            try (PreparedStatement link = connection.prepareStatement(
                    "insert into partner_organiser (partner_id, organiser_id) select ?, id from organiser where slug = ?")) {
                link.setLong(1, partner);
                link.setString(2, organiserSlug);
                assertThat(link.executeUpdate()).as("the demo organiser '%s' exists", organiserSlug).isEqualTo(1);
            }
            long keyId;
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into api_key (partner_id, prefix, secret_hash, label, created_by) values (?, ?, ?, ?, ?) returning id")) {
                insert.setLong(1, partner);
                insert.setString(2, prefix);
                insert.setBytes(3, MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
                insert.setString(4, "EAR smoke test");
                insert.setString(5, "ear-smoke");
                keyId = single(insert);
            } catch (java.security.NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into api_key_scope (api_key_id, scope) values (?, ?)")) {
                insert.setLong(1, keyId);
                insert.setString(2, scope);
                insert.executeUpdate();
            }
            connection.commit();
        }
        return key;
    }

    private static long insert(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            return single(statement);
        }
    }

    private static long single(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Startup singletons ran during deploy, so this is normally at once; a short grace all the same. */
    private static HttpResponse<String> awaitReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> response = get("health/ready", Optional.empty());
        while (response.statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            response = get("health/ready", Optional.empty());
        }
        return response;
    }

    private static HttpResponse<String> get(String path, Optional<String> key) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        key.ifPresent(k -> request.header("Authorization", "Bearer " + k));
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static String localAddress(String ssLine) {
        return ssLine.split("\\s+")[4];
    }

    private static String peerAddress(String ssLine) {
        return ssLine.split("\\s+")[4];
    }

    private static synchronized void tearDown() {
        try {
            if (domain != null) {
                if (deployed) {
                    deployed = false;
                    long t0 = System.nanoTime();
                    PayaraDomain.Result undeploy = domain.tryAsadmin(COMMAND_TIMEOUT, "undeploy", APP);
                    report("undeploy" + (undeploy.succeeded() ? "" : " (failed: " + undeploy.log() + ")"), t0);
                }
                long t0 = System.nanoTime();
                domain.close();
                report("domain stop", t0);
                System.out.println("[ear-smoke] " + domain.diagnostics());
            }
        } finally {
            domain = null;
            if (database != null) {
                try {
                    database.close();
                } catch (UncheckedIOException e) {
                    System.err.println("[ear-smoke] could not stop the embedded PostgreSQL: " + e.getMessage());
                }
                database = null;
            }
        }
    }

    private static void report(String step, long startNanos) {
        System.out.printf("[ear-smoke] %-45s %6.1f s%n", step, (System.nanoTime() - startNanos) / 1e9);
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set: run with mvn -pl ear verify -Pear-smoke");
        }
        return value;
    }
}
