package io.marquee.testing;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** A partner's webhook endpoint on loopback that answers 500 to its first {@code failures} calls, then 200. */
public final class WebhookReceiver implements AutoCloseable {

    public record Call(Instant at, String signature, String eventId, String eventType, String body, int answered) {
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft;

    private WebhookReceiver(int failures) {
        this.failuresLeft = new AtomicInteger(failures);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 200;
            calls.add(new Call(Instant.now(), exchange.getRequestHeaders().getFirst("Marquee-Signature"),
                    exchange.getRequestHeaders().getFirst("Marquee-Event-Id"),
                    exchange.getRequestHeaders().getFirst("Marquee-Event-Type"), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public static WebhookReceiver failingFirst(int failures) {
        return new WebhookReceiver(failures);
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks");
    }

    /** The calls so far that {@code which} accepts. */
    public List<Call> calls(Predicate<Call> which) {
        return calls.stream().filter(which).toList();
    }

    /** Waits up to {@code timeout} until {@code count} calls that {@code which} accepts have come. */
    public List<Call> await(Predicate<Call> which, int count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (calls(which).size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        return calls(which);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
