package io.marquee.sales.boundary;

import io.marquee.testing.ConsoleClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A live sales dashboard without a browser: a console session's connection to the push stream of one
 * event, each pushed set of figures kept with the moment it arrived (System.nanoTime).
 */
public final class FigureStream implements AutoCloseable {

    /** One push: the figures and when they arrived. */
    public record Push(JsonObject figures, long arrivedNanos) {
    }

    private final BlockingQueue<Push> pushes = new LinkedBlockingQueue<>();
    private final Thread reader;
    private final HttpResponse<Stream<String>> response;

    private FigureStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(() -> {
            try (Stream<String> lines = response.body()) {
                lines.filter(line -> line.startsWith("data: ")).forEach(line -> pushes.add(
                        new Push(Json.createReader(new StringReader(line.substring(6))).readObject(), System.nanoTime())));
            } catch (RuntimeException closed) {
                // the stream ended: the test closed it or the server went away
            }
        }, "figure-stream");
        reader.setDaemon(true);
        reader.start();
    }

    /** Logs in and connects; answers once the first push (the figures as they are) has arrived. */
    public static FigureStream open(ConsoleClient console, long eventId) {
        HttpResponse<Stream<String>> response = console.lines("console/live-sales/stream?event=" + eventId);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no stream: HTTP " + response.statusCode());
        }
        FigureStream stream = new FigureStream(response);
        stream.next(Duration.ofSeconds(15));
        return stream;
    }

    public static int status(ConsoleClient console, String query) {
        HttpResponse<Stream<String>> response = console.lines("console/live-sales/stream?" + query);
        response.body().close();
        return response.statusCode();
    }

    /** The next push, or an error when none comes in time. */
    public Push next(Duration within) {
        try {
            Push push = pushes.poll(within.toMillis(), TimeUnit.MILLISECONDS);
            if (push == null) {
                throw new AssertionError("no push within " + within);
            }
            return push;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The first push whose figures match, skipping the others. */
    public Push until(Predicate<JsonObject> wanted, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            Push push = next(Duration.ofNanos(Math.max(deadline - System.nanoTime(), 1)));
            if (wanted.test(push.figures())) {
                return push;
            }
        }
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
    }
}
