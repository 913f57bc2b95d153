package io.marquee.bench;

import io.marquee.testing.EmbeddedDatabase;
import io.marquee.testing.Http;
import io.marquee.testing.MicroServer;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.ProductFile;
import jakarta.json.JsonObject;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/**
 * Bulk expansion and template propagation at catalog scale: {@code mvn -o -Pbench-expansion -pl web-module -am
 * package -DskipTests}.
 * <ol>
 * <li>A 3-tier template, a file of {@code bench.products} (1,000,000) products uploaded (staging timed
 * apart), expanded by the expand-products job: its wall time; then the same rows (products, tiers,
 * offerings) copied out, the tables emptied, and the rows put back with a plain PostgreSQL COPY into
 * the same tables with the same indexes and keys: the ratio COPY time / expansion time (goal >= 0.3)
 * and expansion <= 60 s.</li>
 * <li>A template on sale now with {@code bench.propagation} (100,000) products; an Absolute tier
 * added: the time until no product is behind the template (goal <= 10 s), then a sample of products
 * priced over HTTP to check they answer the new price.</li>
 * </ol>
 * Its own embedded PostgreSQL (fsync off) and Payara Micro, loopback only; stops by itself.
 */
public final class ExpansionBenchmark {

    static final Duration EXPANSION_GOAL = Duration.ofSeconds(60);
    static final double COPY_RATIO_GOAL = 0.3;
    static final Duration PROPAGATION_GOAL = Duration.ofSeconds(10);

    private ExpansionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int products = Integer.parseInt(System.getProperty("bench.products", "1000000").strip());
        int propagated = Integer.parseInt(System.getProperty("bench.propagation", "100000").strip());
        System.out.printf("Marquee expansion benchmark%n  machine: %d cores, load average %s%n",
                Runtime.getRuntime().availableProcessors(), QuoteBenchmark.loadAverage());
        Path workDir = Path.of("target", "bench").toAbsolutePath();
        Files.createDirectories(workDir);
        try (EmbeddedDatabase database = EmbeddedDatabase.temporary()) {
            Map<String, String> environment = new HashMap<>(database.serverEnvironment());
            environment.put("MARQUEE_DEMO_ENABLED", "true");
            try (MicroServer server = MicroServer.start(new MicroServer.Settings(MicroServer.freePort(), workDir,
                    environment, "marquee-bench-" + UUID.randomUUID()))) {
                String key = PartnerFixture.keyFor(database.jdbcUrl(), "northern-lights", "catalog:read",
                        "templates:write", "products:write", "jobs:read");
                Bench bench = new Bench(server, database.jdbcUrl(), key, workDir, postmaster(database.jdbcUrl()));
                if (products > 0) {
                    bench.expansion(products);
                }
                if (propagated > 0) {
                    bench.propagation(propagated);
                }
                System.out.printf("%nLoad average at the end: %s%n", QuoteBenchmark.loadAverage());
            }
        }
    }

    /** The database's postmaster: the parent of a backend. */
    private static long postmaster(String jdbcUrl) throws Exception {
        try (Connection db = EmbeddedDatabase.connect(jdbcUrl);
             var row = db.createStatement().executeQuery("select pg_backend_pid()")) {
            row.next();
            String stat = Files.readString(Path.of("/proc/" + row.getInt(1) + "/stat"));
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
        }
    }

    private record Bench(MicroServer server, String jdbcUrl, String key, Path workDir, long postmaster) {

        void expansion(int products) throws Exception {
            Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(15));
            String template = template(start, """
                    {"type": "Precedent", "order": 1, "duration": 1, "durationUnits": "month", "prices": {"GBP": 1.99},
                     "grantsReferences": ["10112"]},
                    {"type": "Precedent", "order": 2, "duration": 2, "durationUnits": "month", "prices": {"GBP": 2.99},
                     "grantsReferences": ["10112"]},
                    {"type": "Precedent", "order": 3, "duration": 1, "durationUnits": "month", "prices": {"GBP": 0.99},
                     "restrictionType": "adjustRentalDuration", "grantsReferences": ["10112"]}""");
            System.out.printf("%n1. Expanding %,d products from a 3-tier template (load %s)%n", products,
                    QuoteBenchmark.loadAverage());
            JsonObject done = expand(template, products, start);
            Duration expansion = Duration.between(Instant.parse(done.getString("startedAt")),
                    Instant.parse(done.getString("endedAt")));
            long rows = count("select count(*) from product p join offer_template t on t.id = p.offer_template_id"
                    + " where t.reference = '" + template + "'");
            long tiers = count("select count(*) from product_tier pt join product p on p.id = pt.product_id"
                    + " join offer_template t on t.id = p.offer_template_id where t.reference = '" + template + "'");
            long distinct = count("select count(distinct editorial_ref) from product p join offer_template t"
                    + " on t.id = p.offer_template_id where t.reference = '" + template + "'");
            System.out.printf("  expand-products: %.1f s (%,.0f products/s); %,d products (%,d distinct), %,d tiers%n",
                    seconds(expansion), products / seconds(expansion), rows, distinct, tiers);
            Duration copy = plainCopy();
            double ratio = seconds(copy) / seconds(expansion);
            System.out.printf("  plain COPY of the same rows into the same tables: %.1f s%n", seconds(copy));
            System.out.printf("  => expansion %.1f s (goal <= %d s: %s), %.2fx the speed of COPY (goal >= %.1fx: %s)"
                            + "; load %s%n", seconds(expansion), EXPANSION_GOAL.toSeconds(),
                    verdict(expansion.compareTo(EXPANSION_GOAL) <= 0), ratio, COPY_RATIO_GOAL,
                    verdict(ratio >= COPY_RATIO_GOAL), QuoteBenchmark.loadAverage());
        }

        void propagation(int products) throws Exception {
            Instant start = Instant.parse("2020-01-01T00:00:00Z");
            String template = template(start, """
                    {"type": "Precedent", "order": 1, "duration": 240, "durationUnits": "month", "prices": {"GBP": 3.49},
                     "grantsReferences": ["10112"]}""");
            System.out.printf("%n2. Adding an Absolute tier to a template of %,d products (load %s)%n", products,
                    QuoteBenchmark.loadAverage());
            expand(template, products, start);
            Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
            Instant asked = Instant.now();
            Http.Answer change = Http.send("POST", server.base().resolve("api/v1/offer-templates/" + template
                    + "/absolute-tiers"), key, "application/json", """
                    {"type": "Absolute", "absoluteStart": "%s", "absoluteEnd": "%s", "prices": {"GBP": 1.25},
                     "grantsReferences": ["10112"]}""".formatted(today.minus(Duration.ofDays(1)), today.plus(Duration.ofDays(30))));
            require(change.status() == 201, "adding the tier answered " + change.status() + ": " + change.body());
            Duration answered = Duration.between(asked, Instant.now());
            String behind = "select count(*) from product p join offer_template t on t.id = p.offer_template_id"
                    + " where t.reference = '" + template + "' and p.template_version <> t.version";
            await(Duration.ofMinutes(10), () -> count(behind) == 0);
            Duration propagation = Duration.between(asked, Instant.now());
            long withTier = count("select count(distinct p.id) from product p join offer_template t"
                    + " on t.id = p.offer_template_id join product_tier pt on pt.product_id = p.id"
                    + " where t.reference = '" + template + "' and pt.label = 'A1'");
            List<Long> ids = ids(template);
            int sample = Math.min(200, ids.size());
            for (int i = 0; i < sample; i++) {
                long id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
                JsonObject price = Http.get(server.base().resolve("api/v1/products/" + id + "/price?currency=GBP"), key)
                        .json();
                require("1.25".equals(price.getJsonNumber("gross").bigDecimalValue().toPlainString()),
                        "product " + id + " still answers " + price);
            }
            System.out.printf("  the edit answered in %d ms; every product caught up after %.1f s (%,d of %,d carry"
                            + " the new tier; %d sampled over HTTP answer 1.25)%n", answered.toMillis(),
                    seconds(propagation), withTier, products, sample);
            System.out.printf("  => %.1f s until every product quotes the new price (goal <= %d s: %s); load %s%n",
                    seconds(propagation), PROPAGATION_GOAL.toSeconds(),
                    verdict(propagation.compareTo(PROPAGATION_GOAL) <= 0), QuoteBenchmark.loadAverage());
        }

        /** Uploads a file of products for the template and waits for its expansion; answers the job's progress. */
        JsonObject expand(String template, int products, Instant start) {
            Path file = ProductFile.write(workDir.resolve(template + ".ndjson"), template, template, products, start,
                    start.plus(Duration.ofDays(365 * 19)));
            Instant upload = Instant.now();
            Http.Answer accepted = ProductFile.upload(server.base(), key, file);
            long size = fileSize(file);
            delete(file);
            require(accepted.status() == 202, "bulk upload answered " + accepted.status() + ": " + accepted.body());
            System.out.printf("  staged %,d lines (%,d MB) in %.1f s%n", products, size >> 20,
                    seconds(Duration.between(upload, Instant.now())));
            String job = "api/v1/jobs/" + accepted.json().getJsonNumber("jobId");
            QuoteBenchmark.CpuTime serverBefore = QuoteBenchmark.CpuTime.of(server.pid());
            QuoteBenchmark.CpuTime databaseBefore = QuoteBenchmark.CpuTime.withChildren(postmaster);
            JsonObject[] progress = new JsonObject[1];
            await(Duration.ofMinutes(30), () -> {
                progress[0] = Http.get(server.base().resolve(job), key).json();
                require(!List.of("FAILED", "STOPPED", "ABANDONED").contains(progress[0].getString("status")),
                        "the job ended " + progress[0]);
                return progress[0].getString("status").equals("COMPLETED");
            });
            System.out.printf("  job CPU per product: server %.1f µs, database %.1f µs%n",
                    QuoteBenchmark.CpuTime.of(server.pid()).minus(serverBefore).micros() / products,
                    QuoteBenchmark.CpuTime.withChildren(postmaster).minus(databaseBefore).micros() / products);
            return progress[0];
        }

        /** Copies product, product_tier and product_offering out, empties them, and times COPYing the rows back. */
        Duration plainCopy() throws Exception {
            List<String> tables = List.of("product", "product_tier", "product_offering");
            try (Connection db = EmbeddedDatabase.connect(jdbcUrl)) {
                CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
                for (String table : tables) {
                    try (OutputStream out = Files.newOutputStream(workDir.resolve(table + ".copy"))) {
                        copy.copyOut("copy " + table + " to stdout", out);
                    }
                }
                try (Statement statement = db.createStatement()) {
                    statement.execute("truncate product cascade");
                    statement.execute("vacuum analyze product, product_tier, product_offering");
                }
                Instant started = Instant.now();
                for (String table : tables) {
                    try (InputStream in = Files.newInputStream(workDir.resolve(table + ".copy"))) {
                        copy.copyIn("copy " + table + " from stdin", in);
                    }
                }
                Duration took = Duration.between(started, Instant.now());
                tables.forEach(table -> delete(workDir.resolve(table + ".copy")));
                return took;
            }
        }

        String template(Instant start, String tiers) {
            String reference = "bench-" + UUID.randomUUID().toString().substring(0, 8);
            Http.Answer created = Http.send("POST", server.base().resolve("api/v1/offer-templates"), key,
                    "application/json", """
                            {"id": "%s", "contentProviderId": "5112", "isTaxIncluded": true, "taxCode": "GBR-VAT",
                             "contractStartDate": "%s", "contractEndDate": "%s", "tiers": [%s]}"""
                            .formatted(reference, start, start.plus(Duration.ofDays(365 * 20)), tiers));
            require(created.status() == 201, "the template answered " + created.status() + ": " + created.body());
            return reference;
        }

        List<Long> ids(String template) throws Exception {
            try (Connection db = EmbeddedDatabase.connect(jdbcUrl);
                 var rows = db.createStatement().executeQuery("select p.id from product p join offer_template t"
                         + " on t.id = p.offer_template_id where t.reference = '" + template + "'")) {
                List<Long> ids = new ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
                return ids;
            }
        }

        long count(String sql) {
            return PartnerFixture.count(jdbcUrl, sql);
        }
    }

    private static void await(Duration patience, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(patience);
        while (!condition.getAsBoolean()) {
            require(Instant.now().isBefore(deadline), "still waiting after " + patience);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.out.println("  could not delete " + file + ": " + e);
        }
    }

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT met";
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(problem);
        }
    }
}
