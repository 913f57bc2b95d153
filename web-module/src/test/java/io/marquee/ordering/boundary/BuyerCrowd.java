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
 * Many buyers at once over real HTTP, each buying one ticket with the success card: reserving and then
 * paying (two requests), or in the one-request checkout.
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

    /** How a buyer buys: reserve then pay, or the one-request checkout (the order carries the card). */
    public enum Flow {
        TWO_REQUESTS, ONE_REQUEST
    }

    private BuyerCrowd() {
    }

    /** Each of {@code buyers} buys one ticket once. */
    public static Result buy(Function<String, URI> uri, SaleFixture sale, int buyers, int inFlight, Flow flow) {
        return run(uri, sale, buyers, inFlight, false, flow);
    }

    /** Each of {@code buyers} buys one ticket after another until the event is sold out. */
    public static Result buyUntilSoldOut(Function<String, URI> uri, SaleFixture sale, int buyers, int inFlight,
                                         Flow flow) {
        return run(uri, sale, buyers, inFlight, true, flow);
    }

    private static Result run(Function<String, URI> uri, SaleFixture sale, int buyers, int inFlight, boolean again,
                              Flow flow) {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        Buyers crowd = new Buyers(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(threads)
                .connectTimeout(Duration.ofSeconds(10)).build(), new Semaphore(inFlight), uri, sale, again, flow);
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
                          Flow flow, AtomicInteger confirmed, AtomicInteger soldOut, Map<Integer, Integer> other) {

        static final String PAYMENT = "{\"cardNumber\":\"" + SandboxPayments.SUCCEEDS + "\"}";

        Buyers(HttpClient client, Semaphore open, Function<String, URI> uri, SaleFixture sale, boolean again, Flow flow) {
            this(client, open, uri, sale, again, flow, new AtomicInteger(), new AtomicInteger(), new ConcurrentHashMap<>());
        }

        /** Buy one ticket; then, when buying again, the next one, until sold out. */
        CompletableFuture<Void> attempt() {
            if (flow == Flow.ONE_REQUEST) {
                return send(post("api/v1/orders", sale.checkoutBody(1, "EUR", SandboxPayments.SUCCEEDS)))
                        .thenCompose(bought -> soldOut(bought) ? done() : paid(bought));
            }
            return send(post("api/v1/orders", sale.orderBody(1, "EUR"))).thenCompose(reserved -> {
                if (soldOut(reserved)) {
                    return done();
                }
                if (reserved.statusCode() != 201) {
                    other.merge(reserved.statusCode(), 1, Integer::sum);
                    return done();
                }
                return send(post("api/v1/orders/" + idOf(reserved.body()) + "/payments", PAYMENT)).thenCompose(this::paid);
            });
        }

        private boolean soldOut(HttpResponse<String> answer) {
            boolean soldOut = answer.statusCode() == 409 && answer.body().contains("sold-out");
            if (soldOut) {
                this.soldOut.incrementAndGet();
            }
            return soldOut;
        }

        private CompletableFuture<Void> paid(HttpResponse<String> paid) {
            if (paid.statusCode() != 201) {
                other.merge(paid.statusCode(), 1, Integer::sum);
                return done();
            }
            confirmed.incrementAndGet();
            return again ? attempt() : done();
        }

        private static CompletableFuture<Void> done() {
            return CompletableFuture.completedFuture(null);
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
