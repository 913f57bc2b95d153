package io.marquee.pricing.boundary;

import io.marquee.testing.EmbeddedDatabase;
import io.marquee.testing.Http;
import io.marquee.testing.MicroServer;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.ProductFile;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The server dies (killed, no shutdown) while the expand-products job works through a big file;
 * a new server starts on the same database and the job is restarted over the API: every product
 * is there exactly once, with its tiers. Its own database and server, so the shared ones live on.
 * <p>
 * It boots two more servers, so the build skips it unless {@code marquee.crash.products} names a
 * file size: {@code mvn -o verify -pl web-module -am -Dit.test=ExpansionCrashIT -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dmarquee.crash.products=100000} (the acceptance run: 1000000).
 */
class ExpansionCrashIT {

    static final int PRODUCTS = Integer.getInteger("marquee.crash.products", 0);
    static final Duration PATIENCE = Duration.ofMinutes(20);

    @Test
    void aServerKilledMidExpansionLeavesAJobThatRestartsToTheExactCount() throws Exception {
        assumeTrue(PRODUCTS > 0, "set marquee.crash.products to run it");
        Path workDir = Path.of("target", "expansion-crash").toAbsolutePath();
        Files.createDirectories(workDir);
        try (EmbeddedDatabase database = EmbeddedDatabase.temporary()) {
            Map<String, String> environment = MicroServer.merged(database.serverEnvironment(),
                    Map.of("MARQUEE_DEMO_ENABLED", "true"));
            String key = null;
            String templateId = SeedDocuments.uniqueId("crash");
            long jobId;
            try (MicroServer first = MicroServer.start(MicroServer.Settings.forTests(workDir.resolve("first"), environment))) {
                key = PartnerFixture.keyFor(database.jdbcUrl(), "northern-lights", "templates:write", "products:write",
                        "jobs:read", "jobs:write");
                Http.Answer template = Http.send("POST", first.base().resolve("api/v1/offer-templates"), key,
                        "application/json", SeedDocuments.template(templateId));
                assertThat(template.status()).as(template.body()).isEqualTo(201);
                Path file = ProductFile.write(workDir.resolve("products.ndjson"), templateId, templateId, PRODUCTS,
                        Instant.parse("2020-03-01T00:00:00Z"), Instant.parse("2020-07-15T00:00:00Z"));
                Http.Answer accepted = ProductFile.upload(first.base(), key, file);
                assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
                jobId = accepted.json().getJsonNumber("jobId").longValue();

                // the job repository's counts may lag the chunks; the products themselves do not
                Instant deadline = Instant.now().plus(PATIENCE);
                while (products(database, templateId) < PRODUCTS / 4) {
                    assertThat(Instant.now()).as("a quarter expanded in time").isBefore(deadline);
                    Thread.sleep(50);
                }
                first.kill();
            }
            long before = products(database, templateId);
            assertThat(before).as("killed part-way").isGreaterThan(0).isLessThan(PRODUCTS);

            try (MicroServer second = MicroServer.start(MicroServer.Settings.forTests(workDir.resolve("second"), environment))) {
                Http.Answer restart = Http.send("POST", second.base().resolve("api/v1/jobs/" + jobId + "/restart"), key,
                        null, null);
                assertThat(restart.status()).as(restart.body()).isEqualTo(202);
                long restarted = restart.json().getJsonNumber("executionId").longValue();
                awaitJob(second, key, restarted, progress -> progress.getString("status").equals("COMPLETED"));
            }

            assertThat(products(database, templateId)).isEqualTo(PRODUCTS);
            assertThat(PartnerFixture.count(database.jdbcUrl(), "select count(distinct p.editorial_ref) from product p"
                    + " join offer_template t on t.id = p.offer_template_id where t.reference = '" + templateId + "'"))
                    .as("no duplicates").isEqualTo(PRODUCTS);
            assertThat(PartnerFixture.count(database.jdbcUrl(), "select count(*) from product_tier pt join product p"
                    + " on p.id = pt.product_id join offer_template t on t.id = p.offer_template_id"
                    + " where t.reference = '" + templateId + "'")).as("three tiers each").isEqualTo(3L * PRODUCTS);
            assertThat(PartnerFixture.count(database.jdbcUrl(), "select count(*) from product_ingest_line"))
                    .as("the stage emptied").isZero();
        }
    }

    private static long products(EmbeddedDatabase database, String templateId) {
        return PartnerFixture.count(database.jdbcUrl(), "select count(*) from product p join offer_template t"
                + " on t.id = p.offer_template_id where t.reference = '" + templateId + "'");
    }

    private static JsonObject awaitJob(MicroServer server, String key, long jobId, Predicate<JsonObject> condition)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonObject progress = null;
        while (Instant.now().isBefore(deadline)) {
            progress = Http.get(server.base().resolve("api/v1/jobs/" + jobId), key).json();
            if (condition.test(progress)) {
                return progress;
            }
            assertThat(progress.getString("status")).as("job %s: %s", jobId, progress)
                    .isNotIn("FAILED", "ABANDONED", "COMPLETED");
            Thread.sleep(100);
        }
        throw new AssertionError("job " + jobId + " did not get there in " + PATIENCE + ": " + progress);
    }
}
