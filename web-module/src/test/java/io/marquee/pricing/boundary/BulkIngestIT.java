package io.marquee.pricing.boundary;

import io.marquee.testing.ConsoleClient;
import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk ingest over HTTP: an NDJSON file answered 202 with its job, expanded by the
 * expand-products batch job with progress, rejected lines named, idempotent when sent again,
 * and exact after a stop and a restart.
 */
class BulkIngestIT {

    static final Duration PATIENCE = Duration.ofMinutes(3);

    static SystemUnderTest sut;
    static String key;
    static String templateId;

    @BeforeAll
    static void template() {
        sut = SystemUnderTest.get();
        key = PartnerFixture.keyFor(sut, "northern-lights", "templates:write", "products:write", "jobs:read", "jobs:write");
        templateId = SeedDocuments.uniqueId("bulk");
        assertThat(SeedDocuments.post(sut, "offer-templates", key, SeedDocuments.template(templateId)).status()).isEqualTo(201);
    }

    @Test
    void aFileBecomesProductsWithProgressAndItsBadLinesNamed() {
        String prefix = SeedDocuments.uniqueId("file");
        String file = products(prefix, 1_000) + "this is not json\n"
                + SeedDocuments.findingNemo(templateId, prefix + "-untitled").replace("\"title\": \"Finding Nemo\",", "")
                .replace('\n', ' ') + "\n"
                + SeedDocuments.findingNemo("no-such-template", prefix + "-orphan").replace('\n', ' ') + "\n";

        Http.Answer accepted = bulk(file);

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().getInt("lines")).isEqualTo(1_003);
        assertThat(accepted.header("Location")).endsWith("/api/v1/jobs/" + accepted.json().getJsonNumber("jobId"));
        JsonObject done = awaitJob(accepted.json().getJsonNumber("jobId").longValue(), status("COMPLETED"));
        assertThat(done.getJsonNumber("written").longValue()).isEqualTo(1_003);
        assertThat(done.getJsonNumber("total").longValue()).isEqualTo(1_003);
        assertThat(productsNamed(prefix)).isEqualTo(1_000);
        assertThat(PartnerFixture.count(sut, "select count(*) from product_tier t join product p on p.id = t.product_id"
                + " where p.editorial_ref like '" + prefix + "-%'")).isEqualTo(3_000);

        JsonObject batch = Http.get(sut.uri("api/v1/products/bulk/" + accepted.json().getString("batchId")), key).json();
        assertThat(batch.getJsonArray("rejections").getValuesAs(JsonObject.class))
                .extracting(r -> r.getInt("lineNo") + ":" + r.getString("field") + ":" + r.getString("rule"))
                .containsExactly("1001:line:json", "1002:title:required", "1003:offerTemplateId:known");
        assertThat(PartnerFixture.count(sut, "select count(*) from product_ingest_line where batch_id = '"
                + batch.getString("batchId") + "'")).as("the stage is emptied when the job ends").isZero();
    }

    @Test
    void sendingTheSameFileAgainUpdatesAndNeverDuplicates() {
        String prefix = SeedDocuments.uniqueId("again");
        String file = products(prefix, 300);
        awaitJob(bulk(file).json().getJsonNumber("jobId").longValue(), status("COMPLETED"));
        awaitJob(bulk(file).json().getJsonNumber("jobId").longValue(), status("COMPLETED"));
        assertThat(productsNamed(prefix)).isEqualTo(300);
    }

    @Test
    void aStoppedJobRestartsFromItsCheckpointAndEndsExact() {
        String prefix = SeedDocuments.uniqueId("restart");
        int lines = 2_000;
        long jobId = bulk(products(prefix, lines)).json().getJsonNumber("jobId").longValue();
        JsonObject running = awaitJob(jobId, status("STARTED"));

        Http.Answer stop = Http.send("POST", sut.uri("api/v1/jobs/" + jobId + "/stop"), key, null, null);
        assertThat(stop.status()).as("stop %s when %s", stop.body(), running).isEqualTo(202);
        JsonObject stopped = awaitJob(jobId, status("STOPPED"));
        long before = productsNamed(prefix);
        // known defect (see the stop 10 notes): since expansion writes by COPY, the stopped run's write
        // count can lag the products its committed chunks wrote; it never claims more than were written
        assertThat(before).as("stopped part-way").isLessThan(lines)
                .isGreaterThanOrEqualTo(stopped.getJsonNumber("written").longValue());

        Http.Answer restart = Http.send("POST", sut.uri("api/v1/jobs/" + jobId + "/restart"), key, null, null);
        assertThat(restart.status()).as(restart.body()).isEqualTo(202);
        long restarted = restart.json().getJsonNumber("executionId").longValue();
        assertThat(restarted).isNotEqualTo(jobId);
        JsonObject done = awaitJob(restarted, status("COMPLETED"));

        assertThat(done.getJsonNumber("written").longValue()).as("written across both runs").isEqualTo(lines);
        assertThat(productsNamed(prefix)).isEqualTo(lines);
        assertThat(PartnerFixture.count(sut, "select count(distinct editorial_ref) from product where editorial_ref like '"
                + prefix + "-%'")).isEqualTo(lines);
        assertThat(PartnerFixture.count(sut, "select count(*) from audit_entry where actor like 'partner:%' and ("
                + "(action = 'job-run.stop-requested' and subject_id = '" + jobId + "') or "
                + "(action = 'job-run.started' and subject_id = '" + restarted + "'))")).as("stop and restart audited").isEqualTo(2);
    }

    @Test
    void anotherPartnerSeesNeitherTheFileNorItsJob() {
        Http.Answer accepted = bulk(products(SeedDocuments.uniqueId("private"), 10));
        String stranger = PartnerFixture.keyFor(sut, "northern-lights", "products:write", "jobs:read", "jobs:write");
        assertThat(Http.get(sut.uri("api/v1/jobs/" + accepted.json().getJsonNumber("jobId")), stranger).status()).isEqualTo(404);
        assertThat(Http.get(sut.uri("api/v1/products/bulk/" + accepted.json().getString("batchId")), stranger).status())
                .isEqualTo(404);
        // done before the next test class counts rows: its 10 products (30 tiers) must not land in another test's counts
        awaitJob(accepted.json().getJsonNumber("jobId").longValue(), status("COMPLETED"));
    }

    @Test
    void theConsoleShowsTheJobWithItsProgress() {
        long jobId = bulk(products(SeedDocuments.uniqueId("console"), 20)).json().getJsonNumber("jobId").longValue();
        awaitJob(jobId, status("COMPLETED"));
        ConsoleClient console = new ConsoleClient(sut);
        console.login(SystemUnderTest.ADMIN, SystemUnderTest.ADMIN_PASSWORD);
        String page = console.get("console/admin/jobs.xhtml").body();
        assertThat(page).contains("expand-products", "COMPLETED", "20 written, 20 read of 20", "ui-progressbar");
    }

    @Test
    void anEmptyFileIsRefusedAndWritesNothing() {
        long batches = PartnerFixture.count(sut, "select count(*) from product_ingest_batch");
        Http.Answer empty = bulk("\n\n");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("body");
        assertThat(PartnerFixture.count(sut, "select count(*) from product_ingest_batch")).isEqualTo(batches);
    }

    private static String products(String prefix, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> SeedDocuments.findingNemo(templateId, prefix + "-" + i).replace('\n', ' '))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static Http.Answer bulk(String ndjson) {
        return Http.send("POST", sut.uri("api/v1/products/bulk"), key, "application/x-ndjson", ndjson);
    }

    private static long productsNamed(String prefix) {
        return PartnerFixture.count(sut, "select count(*) from product where editorial_ref like '" + prefix + "-%'");
    }

    private static Predicate<JsonObject> status(String status) {
        return progress -> progress.getString("status").equals(status);
    }

    private static JsonObject awaitJob(long jobId, Predicate<JsonObject> condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonObject progress = null;
        while (Instant.now().isBefore(deadline)) {
            progress = Http.get(sut.uri("api/v1/jobs/" + jobId), key).json();
            if (condition.test(progress)) {
                return progress;
            }
            assertThat(progress.getString("status")).as("job %s: %s", jobId, progress).isNotIn("FAILED", "ABANDONED");
            sleep();
        }
        throw new AssertionError("job " + jobId + " did not get there in " + PATIENCE + ": " + progress);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
