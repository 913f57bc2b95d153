package io.marquee.bench;

import io.marquee.testing.EmbeddedDatabase;
import io.marquee.testing.MicroServer;
import io.marquee.testing.PartnerFixture;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Playback authorisations per second for many distinct grants, signing included:
 * {@code mvn -o -Pbench-playback -pl web-module -am package -DskipTests} (docs/playback-benchmark.md).
 * <p>
 * Starts a throw-away embedded PostgreSQL (fsync off) and Payara Micro with the WAR and demo data, all on
 * 127.0.0.1, and writes {@code bench.grants} confirmed orders, each with one ticket and its grant for the
 * demo's live event, by SQL. Players then ask to play ({@code POST /api/v1/playback} with the ticket and a
 * device id: the grant check, the stream session within the grant's limit, the CloudFront signed URL and
 * cookies), each request for the next grant in turn, so every grant is authorised again and again by its
 * one device. Measured in {@code bench.rounds} rounds: a closed loop of {@code bench.clients} clients (the
 * maximum rate) and an open loop at {@code bench.rate} requests per second (latency counted from when each
 * request was due). Prints authorisations per second, p50/p99, the server's CPU per authorisation and the
 * load average; then revokes one grant and checks that it stops authorising at once.
 */
public final class PlaybackBenchmark {

    static final double GOAL = 3000;
    private static final String LIVE_EVENT = "Aurora Cam: the night sky, live";

    private PlaybackBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int grants = Integer.getInteger("bench.grants", 10_000);
        int clients = Integer.getInteger("bench.clients", 32);
        int warmup = Integer.getInteger("bench.warmup", 40);
        int closedSeconds = Integer.getInteger("bench.closed", 30);
        int rate = Integer.getInteger("bench.rate", 300);
        int openSeconds = Integer.getInteger("bench.open", 15);
        int connections = Integer.getInteger("bench.connections", 64);
        int rounds = Integer.getInteger("bench.rounds", 3);
        System.out.printf("Marquee playback benchmark: %d distinct grants, closed loop %d clients, open loop %d/s%n"
                        + "  machine: %d cores, load average %s%n", grants, clients, rate,
                Runtime.getRuntime().availableProcessors(), QuoteBenchmark.loadAverage());
        Instant started = Instant.now();
        EmbeddedDatabase database = EmbeddedDatabase.temporary();
        MicroServer server = null;
        int exitCode = 1;
        try {
            server = BenchServer.start(database, "bench-playback", started);
            seed(database.jdbcUrl(), grants);
            System.out.printf("  %d grants written%n", grants);

            int port = server.base().getPort();
            byte[][] requests = new byte[grants][];
            for (int i = 0; i < grants; i++) {
                requests[i] = play(port, i);
            }
            AtomicLong next = new AtomicLong();
            Supplier<byte[]> inTurn = () -> requests[(int) (next.getAndIncrement() % grants)];
            check(port, requests[0]);
            Load load = new Load(port, status -> status == 200);

            // at least one pass over every grant: a device's first authorisation starts its session (the dearer,
            // locked path); the rounds measure devices that play already asking again
            System.out.printf("%nWarming up for %d s and one pass over the %d grants (%d clients) …%n", warmup, grants,
                    clients);
            for (long until = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
                 System.nanoTime() < until || next.get() < grants; ) {
                Load.Result slice = load.closed(inTurn, clients, Duration.ofSeconds(10));
                System.out.printf("  warm-up %.0f authorisations/s, %d errors%s | load %s%n", slice.rate(), slice.errors(),
                        slice.firstError() == null ? "" : " (" + slice.firstError() + ")", QuoteBenchmark.loadAverage());
            }

            Load.Result closed = Load.Result.none();
            Load.Result open = Load.Result.none();
            QuoteBenchmark.CpuTime cpu = new QuoteBenchmark.CpuTime(0);
            String loadBefore = QuoteBenchmark.loadAverage();
            long before = next.get();
            for (int round = 1; round <= rounds; round++) {
                QuoteBenchmark.CpuTime cpuBefore = QuoteBenchmark.CpuTime.of(server.pid());
                Load.Result slice = load.closed(inTurn, clients, Duration.ofSeconds(Math.max(1, closedSeconds / rounds)));
                QuoteBenchmark.CpuTime roundCpu = QuoteBenchmark.CpuTime.of(server.pid()).minus(cpuBefore);
                cpu = cpu.plus(roundCpu);
                closed = closed.plus(slice);
                Load.Result paced = load.open(inTurn, rate, Duration.ofSeconds(Math.max(1, openSeconds / rounds)), connections);
                open = open.plus(paced);
                System.out.printf("  round %d: closed %6.0f authorisations/s (p50 %.2f ms, p99 %.2f ms, server CPU %.3f ms each) "
                                + "| open %d/s: %5.0f/s, p50 %.2f ms, p99 %.2f ms, not sent %d | load %s%n", round, slice.rate(),
                        slice.percentileMillis(50), slice.percentileMillis(99),
                        roundCpu.micros() / 1000.0 / Math.max(1, slice.ok()), rate, paced.rate(),
                        paced.percentileMillis(50), paced.percentileMillis(99), paced.notSent(),
                        QuoteBenchmark.loadAverage());
            }
            long distinct = Math.min(grants, next.get() - before);
            boolean revokedStops = revocationStopsAtOnce(database.jdbcUrl(), port, requests[1]);
            System.out.printf("""

                            Playback authorisations (POST /api/v1/playback, %d distinct grants, signing included)
                              closed loop, %d clients: %.0f authorisations/s (goal >= %.0f: %s), p50 %.2f ms, p99 %.2f ms, errors %d%s
                              open loop at %d/s:       %.0f/s served, p50 %.2f ms, p99 %.2f ms, max %.2f ms, errors %d, not sent %d
                              server CPU per authorisation: %.3f ms (closed loop)
                              grants authorised per run: %d of %d
                              a revoked grant stops authorising at once: %s
                              load average: %s before, %s at the end; total %d s
                            """, grants, clients, closed.rate(), GOAL, closed.rate() >= GOAL ? "met" : "missed",
                    closed.percentileMillis(50), closed.percentileMillis(99), closed.errors(),
                    closed.firstError() == null ? "" : " (first: " + closed.firstError() + ")",
                    rate, open.rate(), open.percentileMillis(50), open.percentileMillis(99), open.maxMillis(),
                    open.errors(), open.notSent(), cpu.micros() / 1000.0 / Math.max(1, closed.ok()), distinct, grants,
                    revokedStops ? "yes" : "NO", loadBefore, QuoteBenchmark.loadAverage(),
                    Duration.between(started, Instant.now()).toSeconds());
            exitCode = revokedStops && closed.errors() + open.errors() == 0 ? 0 : 2;
        } finally {
            if (server != null) {
                server.close();
            }
            database.close();
        }
        System.exit(exitCode);
    }

    private static byte[] play(int port, int grant) {
        return RawHttp.postJson(port, "/api/v1/playback", "{\"ticket\":\"" + ticket(grant) + "\",\"deviceId\":\"bench-device-"
                + grant + "\",\"deviceLabel\":\"Benchmark player " + grant + "\"}");
    }

    private static String ticket(int grant) {
        return "bench-ticket-" + grant;
    }

    /** Confirmed orders with one ticket and one grant each, as confirmation writes them, in one transaction. */
    private static void seed(String jdbcUrl, int grants) throws Exception {
        try (Connection db = PartnerFixture.connect(jdbcUrl)) {
            db.setAutoCommit(false);
            try (PreparedStatement orders = db.prepareStatement("""
                    insert into customer_order (public_id, event_id, organiser_id, buyer_email, currency, subtotal, total,
                        status, hold_expires_at, confirmed_at)
                    select 'bench-order-' || g, e.id, e.organiser_id, 'viewer-' || g || '@example.org', 'NOK', 49, 49,
                        'confirmed', now(), now()
                    from live_event e, generate_series(0, ? - 1) g where e.title = ?""");
                 PreparedStatement tickets = db.prepareStatement("""
                    insert into ticket (token, order_id, ticket_type_id)
                    select 'bench-ticket-' || substring(o.public_id from 13), o.id, y.id
                    from customer_order o join ticket_type y on y.event_id = o.event_id
                    where o.public_id like 'bench-order-%'""");
                 PreparedStatement entitlements = db.prepareStatement("""
                    insert into entitlement (ticket_id, order_id, event_id, viewer_email, rights, valid_from, valid_until,
                        stream_limit)
                    select t.id, o.id, o.event_id, o.buyer_email, 'play', now() - interval '1 hour', now() + interval '1 day', 2
                    from ticket t join customer_order o on o.id = t.order_id where t.token like 'bench-ticket-%'""")) {
                orders.setInt(1, grants);
                orders.setString(2, LIVE_EVENT);
                if (orders.executeUpdate() != grants) {
                    throw new IllegalStateException("the demo's live event '" + LIVE_EVENT + "' is missing");
                }
                tickets.executeUpdate();
                entitlements.executeUpdate();
            }
            db.commit();
        }
    }

    private static void check(int port, byte[] request) throws Exception {
        try (RawHttp connection = new RawHttp(port)) {
            RawHttp.Response answer = connection.send(request);
            String body = new String(answer.body(), StandardCharsets.UTF_8);
            if (answer.status() != 200 || !body.contains("Signature=") || !body.contains("sessionId")) {
                throw new IllegalStateException("playback answered " + answer.status() + ": " + body);
            }
        }
    }

    private static boolean revocationStopsAtOnce(String jdbcUrl, int port, byte[] request) throws Exception {
        try (RawHttp connection = new RawHttp(port)) {
            boolean playedBefore = connection.send(request).status() == 200;
            PartnerFixture.execute(jdbcUrl, "update entitlement set revoked_at = now(), revoke_reason = 'benchmark' "
                    + "where ticket_id = (select id from ticket where token = '" + ticket(1) + "')");
            return playedBefore && connection.send(request).status() == 409;
        }
    }
}
