package io.marquee.ordering.boundary;

import io.marquee.ordering.control.SandboxPayments;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

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

    public static Result buy(Function<String, URI> uri, SaleFixture sale, int buyers, int inFlight) {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(threads)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Semaphore open = new Semaphore(inFlight);
        AtomicInteger confirmed = new AtomicInteger();
        AtomicInteger soldOut = new AtomicInteger();
        Map<Integer, Integer> other = new ConcurrentHashMap<>();
        String payment = "{\"cardNumber\":\"" + SandboxPayments.SUCCEEDS + "\"}";
        long start = System.nanoTime();
        List<CompletableFuture<Void>> all = new ArrayList<>();
        try {
            for (int i = 0; i < buyers; i++) {
                all.add(send(client, open, post(uri.apply("api/v1/orders"), sale.key(), sale.orderBody(1, "EUR")))
                        .thenCompose(reserved -> {
                            if (reserved.statusCode() == 409 && reserved.body().contains("sold-out")) {
                                soldOut.incrementAndGet();
                                return CompletableFuture.completedFuture(null);
                            }
                            if (reserved.statusCode() != 201) {
                                other.merge(reserved.statusCode(), 1, Integer::sum);
                                return CompletableFuture.completedFuture(null);
                            }
                            String id = idOf(reserved.body());
                            return send(client, open, post(uri.apply("api/v1/orders/" + id + "/payments"), sale.key(), payment))
                                    .thenAccept(paid -> {
                                        if (paid.statusCode() == 201) {
                                            confirmed.incrementAndGet();
                                        } else {
                                            other.merge(paid.statusCode(), 1, Integer::sum);
                                        }
                                    });
                        }));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
            return new Result(confirmed.get(), soldOut.get(), Map.copyOf(other), Duration.ofNanos(System.nanoTime() - start));
        } finally {
            threads.shutdownNow();
        }
    }

    private static HttpRequest post(URI uri, String key, String body) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static CompletableFuture<HttpResponse<String>> send(HttpClient client, Semaphore open, HttpRequest request) {
        return CompletableFuture.runAsync(open::acquireUninterruptibly)
                .thenCompose(ready -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                .whenComplete((response, failure) -> open.release());
    }

    /** The order id from the reservation's JSON, without a JSON parser per buyer. */
    private static String idOf(String json) {
        int at = json.indexOf("\"id\":\"") + 6;
        return json.substring(at, json.indexOf('"', at));
    }
}
