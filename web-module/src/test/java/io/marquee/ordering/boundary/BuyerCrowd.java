package io.marquee.ordering.boundary;

import io.marquee.ordering.control.SandboxPayments;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Many buyers at once over real HTTP, each reserving one ticket and paying with the success card.
 * All buyers start together; at most {@code inFlight} requests are open at a time (a bounded client,
 * as a load balancer would be). Counts what each buyer got.
 */
public final class BuyerCrowd {

    /** What the crowd got: confirmed orders, sold-out answers, anything else (status -> count), and how long it took. */
    public record Result(int confirmed, int soldOut, Map<Integer, Integer> other, Duration elapsed) {
        public double confirmedPerSecond() {
            return confirmed * 1000.0 / Math.max(1, elapsed.toMillis());
        }
    }

    private BuyerCrowd() {
    }

    /** Each of {@code buyers} buys one ticket once. */
    public static Result buy(Function<String, URI> uri, SaleFixture sale, int buyers, int inFlight) {
        return run(uri, sale, buyers, inFlight, false);
    }

    /** Each of {@code buyers} buys one ticket after another until the event is sold out. */
    public static Result buyUntilSoldOut(Function<String, URI> uri, SaleFixture sale, int buyers, int inFlight) {
        return run(uri, sale, buyers, inFlight, true);
    }

    private static Result run(Function<String, URI> uri, SaleFixture sale, int buyers, int inFlight, boolean again) {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        Buyers crowd = new Buyers(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(threads)
                .connectTimeout(Duration.ofSeconds(10)).build(), new Semaphore(inFlight), uri, sale, again);
        long start = System.nanoTime();
        try {
            CompletableFuture.allOf(IntStream.range(0, buyers).mapToObj(i -> crowd.attempt())
                    .toArray(CompletableFuture[]::new)).join();
            return new Result(crowd.confirmed.get(), crowd.soldOut.get(), Map.copyOf(crowd.other),
                    Duration.ofNanos(System.nanoTime() - start));
        } finally {
            threads.shutdownNow();
        }
    }

    private record Buyers(HttpClient client, Semaphore open, Function<String, URI> uri, SaleFixture sale, boolean again,
                          AtomicInteger confirmed, AtomicInteger soldOut, Map<Integer, Integer> other) {

        static final String PAYMENT = "{\"cardNumber\":\"" + SandboxPayments.SUCCEEDS + "\"}";

        Buyers(HttpClient client, Semaphore open, Function<String, URI> uri, SaleFixture sale, boolean again) {
            this(client, open, uri, sale, again, new AtomicInteger(), new AtomicInteger(), new ConcurrentHashMap<>());
        }

        /** Reserve one ticket and pay; then, when buying again, the next one, until sold out. */
        CompletableFuture<Void> attempt() {
            return send(post("api/v1/orders", sale.orderBody(1, "EUR"))).thenCompose(reserved -> {
                if (reserved.statusCode() == 409 && reserved.body().contains("sold-out")) {
                    soldOut.incrementAndGet();
                    return CompletableFuture.completedFuture(null);
                }
                if (reserved.statusCode() != 201) {
                    other.merge(reserved.statusCode(), 1, Integer::sum);
                    return CompletableFuture.completedFuture(null);
                }
                return send(post("api/v1/orders/" + idOf(reserved.body()) + "/payments", PAYMENT)).thenCompose(paid -> {
                    if (paid.statusCode() != 201) {
                        other.merge(paid.statusCode(), 1, Integer::sum);
                        return CompletableFuture.completedFuture(null);
                    }
                    confirmed.incrementAndGet();
                    return again ? attempt() : CompletableFuture.completedFuture(null);
                });
            });
        }

        private HttpRequest post(String path, String body) {
            return HttpRequest.newBuilder(uri.apply(path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + sale.key()).header("Content-Type", "application/json")
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }

        private CompletableFuture<HttpResponse<String>> send(HttpRequest request) {
            return CompletableFuture.runAsync(open::acquireUninterruptibly)
                    .thenCompose(ready -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                    .whenComplete((response, failure) -> open.release());
        }
    }

    /** The order id from the reservation's JSON, without a JSON parser per buyer. */
    private static String idOf(String json) {
        int at = json.indexOf("\"id\":\"") + 6;
        return json.substring(at, json.indexOf('"', at));
    }
}
