package io.marquee.media.wire;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.marquee.media.entity.ChannelState;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local server speaking MediaLive's and MediaPackage (v1)'s REST wire format (see
 * shared/spec/media-wire.md), for the SDK to call through {@code endpointOverride}. Loopback
 * only, on an ephemeral port. It keeps a log of every request and can inject faults.
 */
public final class MediaWireServer implements AutoCloseable {

    static {
        // without it every answer waits ~40 ms for a delayed ACK (Nagle), and 250 channels take a minute
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final Pattern CREDENTIAL_SCOPE =
            Pattern.compile("^AWS4-HMAC-SHA256 Credential=[^/]+/\\d{8}/([^/]+)/([^/]+)/aws4_request,");

    private final HttpServer http;
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "media-wire");
        thread.setDaemon(true);
        return thread;
    });
    private final MediaLiveBackend mediaLive = new MediaLiveBackend();
    private final MediaPackageBackend mediaPackage = new MediaPackageBackend();
    private final Faults faults = new Faults();
    private final AtomicLong sequence = new AtomicLong();
    /** By arrival; a request is logged as it arrives (status 0) and again when answered. */
    private final SortedMap<Long, RecordedRequest> requests = new TreeMap<>();

    private MediaWireServer() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", this::exchange);
        http.setExecutor(workers);
    }

    public static MediaWireServer start() throws IOException {
        MediaWireServer server = new MediaWireServer();
        server.http.start();
        return server;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    }

    public Faults faults() {
        return faults;
    }

    /** Every request so far, in the order they arrived; status 0 for one not answered yet. */
    public List<RecordedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests.values());
        }
    }

    public List<RecordedRequest> requests(WireOperation operation) {
        return requests().stream().filter(r -> r.operation() == operation).toList();
    }

    /** A channel created under this name goes from CREATING to CREATE_FAILED. */
    public void failCreationOf(String channelName) {
        mediaLive.failCreationOf(channelName);
    }

    /** Puts a channel into a state at once, e.g. RECOVERING after a lost pipeline. */
    public void force(String channelId, ChannelState state) {
        mediaLive.force(channelId, state);
    }

    /** How many observations (describes, list entries) a transitional state lasts, for channels created from now. */
    public void observationsPerStep(int observations) {
        mediaLive.observationsPerStep(observations);
    }

    @Override
    public void close() {
        http.stop(0);
        workers.shutdownNow();
    }

    private void exchange(HttpExchange exchange) {
        long arrival = sequence.incrementAndGet();
        Instant at = Instant.now();
        String method = exchange.getRequestMethod();
        URI uri = exchange.getRequestURI();
        Optional<WireOperation.Call> call = WireOperation.match(method, uri.getRawPath());
        Optional<Fault> fault = call.flatMap(c -> faults.draw(c.operation()));
        Function<Integer, RecordedRequest> logEntry = answered -> new RecordedRequest(arrival, at, method,
                uri.getRawPath(), uri.getRawQuery(), call.map(WireOperation.Call::operation).orElse(null),
                exchange.getRequestHeaders().getFirst("amz-sdk-request"), answered);
        record(logEntry.apply(0));
        int status;
        JsonObject body;
        String errorType = null;
        try (exchange) {
            try {
                Reply reply = answer(exchange, call, fault);
                status = reply.status();
                body = reply.body();
            } catch (WireError error) {
                status = error.status;
                errorType = error.type;
                body = Json.createObjectBuilder().add("message", error.getMessage()).build();
            }
            fault.ifPresent(f -> pause(f.delay()));
            record(logEntry.apply(status));
            send(exchange, status, errorType, body);
        } catch (IOException clientGone) {
            // a client that timed out has closed the connection: the work is done, the answer is lost, as in AWS
        }
    }

    private Reply answer(HttpExchange exchange, Optional<WireOperation.Call> call, Optional<Fault> fault) throws IOException {
        JsonObject body = body(exchange);
        WireOperation.Call known = call.orElseThrow(() -> new WireError(404, "UnknownOperationException",
                "No operation at " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()));
        String region = signedRegion(exchange, known.operation());
        if (fault.isPresent() && fault.get().refuses()) {
            throw new WireError(fault.get().status(), fault.get().errorType(), "injected " + fault.get().errorType());
        }
        return known.operation().signingName().equals(WireOperation.MEDIALIVE)
                ? mediaLive.handle(known, query(exchange.getRequestURI()), body, region)
                : mediaPackage.handle(known, body, region);
    }

    /** The region of the SigV4 credential scope; a request signed for another service is refused, as AWS does. */
    private static String signedRegion(HttpExchange exchange, WireOperation operation) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Matcher scope = CREDENTIAL_SCOPE.matcher(authorization == null ? "" : authorization);
        if (!scope.find()) {
            throw new WireError(403, "ForbiddenException", "Missing Authentication Token");
        }
        if (!scope.group(2).equals(operation.signingName())) {
            throw new WireError(403, "ForbiddenException", "Credential should be scoped to correct service: '"
                    + operation.signingName() + "'");
        }
        return scope.group(1);
    }

    private static JsonObject body(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        if (bytes.length == 0) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw WireError.badRequest("body is not a JSON object");
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] nameValue = pair.split("=", 2);
                parameters.put(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                        nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
            }
        }
        return parameters;
    }

    private static void send(HttpExchange exchange, int status, String errorType, JsonObject body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        if (errorType != null) {
            exchange.getResponseHeaders().set("x-amzn-ErrorType", errorType);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void record(RecordedRequest request) {
        synchronized (requests) {
            requests.put(request.sequence(), request);
        }
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
