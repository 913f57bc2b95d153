package io.marquee.bench;

import io.marquee.ordering.boundary.SaleFixture;
import io.marquee.ordering.control.SandboxPayments;
import io.marquee.sales.boundary.FigureStream;
import io.marquee.testing.ConsoleClient;
import io.marquee.testing.EmbeddedDatabase;
import io.marquee.testing.MicroServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sale-to-dashboard latency: {@code mvn -o -Pbench-live -pl web-module -am package -DskipTests}.
 * <p>
 * Starts a throw-away embedded PostgreSQL and Payara Micro with the demo data, all on 127.0.0.1, opens a
 * dashboard's push stream (a logged-in console session, as the page's EventSource does), then sells at
 * {@code bench.rate} sales per second for {@code bench.seconds} seconds through the partner API (reserve,
 * then pay with the sandbox success card; each sale on its own schedule, open loop). When the k-th
 * payment response has arrived, k sales are committed; the latency of that sale is the time from that
 * response to the first push showing at least k sales (0 when the push came first). Prints p50, p90,
 * p99 and the worst, the rate reached and the load average, and checks the counters against the orders.
 */
public final class LiveSalesBenchmark {

    static final long GOAL_P99_MS = 250;
    private static final Pattern ORDER_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private LiveSalesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rate = Integer.getInteger("bench.rate", 50);
        int seconds = Integer.getInteger("bench.seconds", 60);
        int warmup = Integer.getInteger("bench.warmup", 10);
        System.out.printf("Marquee live sales benchmark: %d sales/s for %d s (after %d s of warm-up)%n"
                        + "  machine: %d cores, load average %s%n", rate, seconds, warmup,
                Runtime.getRuntime().availableProcessors(), QuoteBenchmark.loadAverage());
        Instant started = Instant.now();
        EmbeddedDatabase database = EmbeddedDatabase.temporary();
        MicroServer server = null;
        int exitCode = 1;
        try {
            Map<String, String> environment = new HashMap<>(database.serverEnvironment());
            environment.put("MARQUEE_DEMO_ENABLED", "true");
            environment.put("MARQUEE_DEMO_ORGANISER_PASSWORD", "bench-organiser");
            server = MicroServer.start(new MicroServer.Settings(MicroServer.freePort(),
                    Path.of("target", "bench-live").toAbsolutePath(), environment, "marquee-bench-" + UUID.randomUUID()));
            MicroServer running = server;
            Function<String, URI> uri = path -> running.base().resolve(path);
            System.out.printf("  server up in %d s (pid %d, log %s)%n", Duration.between(started, Instant.now()).toSeconds(),
                    server.pid(), server.log());
            SaleFixture sale = SaleFixture.onSale(uri, database.jdbcUrl(), SaleFixture.key(database.jdbcUrl(), "northern-lights"),
                    1_000_000, 4);
            ConsoleClient console = new ConsoleClient(uri);
            console.login("organiser", "bench-organiser");

            try (FigureStream dashboard = FigureStream.open(console, sale.eventId())) {
                Latencies warm = sell(uri, sale, dashboard, rate, warmup, 0);
                System.out.printf("  warm-up: %s | load %s%n", warm, QuoteBenchmark.loadAverage());
                String loadBefore = QuoteBenchmark.loadAverage();
                Latencies measured = sell(uri, sale, dashboard, rate, seconds, warm.sold());
                System.out.printf("  measured: %s | load %s -> %s%n", measured, loadBefore, QuoteBenchmark.loadAverage());
                long orders = sale.count("select count(*) from customer_order where status = 'confirmed' and event_id = "
                        + sale.eventId());
                waitForCounters(sale, orders);
                long counted = sale.count("select coalesce(sum(sales), 0) from sales_aggregate where scope = 'event' and "
                        + "granularity = 'day' and dimension = 'all' and scope_id = " + sale.eventId());
                boolean correct = counted == orders && measured.failed() == 0;
                System.out.printf("%nSale to dashboard: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms over %d sales at %.1f/s "
                                + "(goal p99 <= %d ms: %s); counters = orders: %s (%d, %d)%n"
                                + "Load average at the end: %s; total %d s%n", measured.percentile(50), measured.percentile(90),
                        measured.percentile(99), measured.percentile(100), measured.sold(), measured.achievedRate(),
                        GOAL_P99_MS, measured.percentile(99) <= GOAL_P99_MS ? "met" : "missed", correct ? "yes" : "NO",
                        counted, orders, QuoteBenchmark.loadAverage(), Duration.between(started, Instant.now()).toSeconds());
                exitCode = correct ? 0 : 2;
            }
        } finally {
            if (server != null) {
                server.close();
            }
            database.close();
        }
        System.exit(exitCode);
    }

    /** Latencies of one phase (ms, one per sale) and how it went. */
    record Latencies(List<Long> millis, int sold, int failed, double achievedRate) {
        long percentile(int p) {
            if (millis.isEmpty()) {
                return -1;
            }
            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }

        @Override
        public String toString() {
            return String.format("%d sold (%d failed) at %.1f/s, p50 %d ms, p99 %d ms", sold, failed, achievedRate,
                    percentile(50), percentile(99));
        }
    }

    /**
     * Sells at {@code rate} per second for {@code seconds}; {@code soldBefore} sales happened earlier, so
     * the k-th response of this phase waits for a push with {@code soldBefore + k} sales.
     */
    private static Latencies sell(Function<String, URI> uri, SaleFixture sale, FigureStream dashboard, int rate, int seconds,
                                  int soldBefore) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ConcurrentLinkedQueue<Long> confirmedAt = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        ScheduledExecutorService sellers = Executors.newScheduledThreadPool(16);
        int total = rate * seconds;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            sellers.schedule(() -> {
                if (buy(client, uri, sale)) {
                    confirmedAt.add(System.nanoTime());
                } else {
                    failed.incrementAndGet();
                }
            }, i * 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
        }
        // the pushes, read while selling: each one's sales count and arrival
        List<long[]> pushes = new ArrayList<>();
        long deadline = start + Duration.ofSeconds(seconds + 30).toNanos();
        while (System.nanoTime() < deadline) {
            FigureStream.Push push = dashboard.next(Duration.ofSeconds(seconds + 30));
            pushes.add(new long[]{push.figures().getInt("sales"), push.arrivedNanos()});
            if (push.figures().getInt("sales") >= soldBefore + total - failed.get() && confirmedAt.size() + failed.get() == total) {
                break;
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        sellers.shutdown();
        sellers.awaitTermination(1, TimeUnit.MINUTES);
        List<Long> responses = new ArrayList<>(confirmedAt);
        Collections.sort(responses);
        List<Long> latencies = new ArrayList<>();
        for (int k = 0; k < responses.size(); k++) {
            long wanted = soldBefore + k + 1L;
            long response = responses.get(k);
            pushes.stream().filter(p -> p[0] >= wanted).findFirst()
                    .ifPresent(p -> latencies.add(Math.max(0, (p[1] - response) / 1_000_000)));
        }
        return new Latencies(latencies, responses.size(), failed.get(), responses.size() / elapsed);
    }

    private static boolean buy(HttpClient client, Function<String, URI> uri, SaleFixture sale) {
        try {
            HttpResponse<String> reserved = client.send(post(uri, sale, "api/v1/orders", sale.orderBody(1, "EUR")),
                    HttpResponse.BodyHandlers.ofString());
            Matcher id = ORDER_ID.matcher(reserved.body());
            if (reserved.statusCode() != 201 || !id.find()) {
                return false;
            }
            HttpResponse<String> paid = client.send(post(uri, sale, "api/v1/orders/" + id.group(1) + "/payments",
                    "{\"cardNumber\":\"" + SandboxPayments.SUCCEEDS + "\"}"), HttpResponse.BodyHandlers.ofString());
            return paid.statusCode() == 201;
        } catch (Exception failed) {
            return false;
        }
    }

    private static HttpRequest post(Function<String, URI> uri, SaleFixture sale, String path, String body) {
        return HttpRequest.newBuilder(uri.apply(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + sale.key()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static void waitForCounters(SaleFixture sale, long orders) throws InterruptedException {
        for (int i = 0; i < 100 && sale.count("select coalesce(sum(sales), 0) from sales_aggregate where scope = 'event' "
                + "and granularity = 'day' and dimension = 'all' and scope_id = " + sale.eventId()) < orders; i++) {
            Thread.sleep(100);
        }
    }
}
