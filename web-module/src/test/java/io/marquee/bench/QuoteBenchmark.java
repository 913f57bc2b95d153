package io.marquee.bench;

import io.marquee.testing.EmbeddedDatabase;
import io.marquee.testing.Http;
import io.marquee.testing.MicroServer;
import io.marquee.testing.PartnerFixture;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The price-quote endpoint against the cheapest authenticated endpoint of the same server, with the
 * same client in the same run: {@code mvn -Pbench -pl web-module -am package -DskipTests}.
 * <p>
 * Starts a throw-away embedded PostgreSQL and Payara Micro with the WAR and the demo data (all on
 * 127.0.0.1), makes a partner key and a product on sale now, warms up, then loads each endpoint
 * closed-loop (maximum throughput) and open-loop at a fixed rate (latency from each request's due
 * time), prints a table and the goals (quote throughput at least 0.9x ping's; p99 at most 5 ms at the
 * fixed rate), counts the database work of one request of each kind, and shuts everything down.
 * <p>
 * Settings (system properties; the profile passes {@code -Dbench.*} through): {@code bench.warmup}
 * (s, 60), {@code bench.closed} (s, 15), {@code bench.clients} (16), {@code bench.rate} (per s, 1000),
 * {@code bench.open} (s, 30), {@code bench.connections} (open-loop connections, 64), {@code bench.rounds} (5: the
 * endpoints take turns in this many slices of those durations, so other load on the machine hits them alike),
 * {@code bench.endpoints} (ping,preview,quote), {@code bench.dbwork} (requests counted, 200; 0 skips),
 * {@code bench.serverJvm} (extra server JVM options, e.g. a JFR recording).
 */
public final class QuoteBenchmark {

    static final double THROUGHPUT_GOAL = 0.9;
    static final double P99_GOAL_MILLIS = 5.0;

    record Endpoint(String name, String what, String path) {
    }

    record Measured(Endpoint endpoint, Load.Result closed, CpuTime closedCpu, Load.Result open, String loadBefore,
                    String loadAfter) {
    }

    private QuoteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = intSetting("bench.warmup", 60);
        int closedSeconds = intSetting("bench.closed", 15);
        int clients = intSetting("bench.clients", 16);
        int rate = intSetting("bench.rate", 1000);
        int openSeconds = intSetting("bench.open", 30);
        int connections = intSetting("bench.connections", 64);
        int dbWorkRequests = intSetting("bench.dbwork", 200);
        int rounds = intSetting("bench.rounds", 5);
        List<String> wanted = List.of(System.getProperty("bench.endpoints", "ping,preview,quote").split(","));

        System.out.printf("Marquee price-quote benchmark%n  machine: %d cores, load average %s%n",
                Runtime.getRuntime().availableProcessors(), loadAverage());
        Instant started = Instant.now();
        EmbeddedDatabase database = EmbeddedDatabase.temporary();
        MicroServer server = null;
        AtomicBoolean stopped = new AtomicBoolean();
        int exitCode = 1;
        try {
            server = BenchServer.start(database, "bench", started);
            MicroServer running = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(stopped, running, database)));

            String jdbcUrl = database.jdbcUrl();
            String key = PartnerFixture.keyFor(jdbcUrl, "northern-lights", "catalog:read", "templates:write",
                    "products:write");
            OnSale product = OnSale.create(server, key);
            System.out.printf("  product %d on sale now (template %s); preview at %s%n", product.id(),
                    product.template(), product.previewAt());

            List<Endpoint> endpoints = new ArrayList<>();
            endpoints.add(new Endpoint("ping", "GET /api/v1/ping", "/api/v1/ping"));
            endpoints.add(new Endpoint("preview", "price at a moment (read only)",
                    "/api/v1/products/" + product.id() + "/price?currency=GBP&at=" + product.previewAt()));
            endpoints.add(new Endpoint("quote", "price now + signed quote",
                    "/api/v1/products/" + product.id() + "/price?currency=GBP"));
            endpoints.removeIf(e -> !wanted.contains(e.name()));
            checkAnswers(server, key, endpoints);

            int port = server.base().getPort();
            Load load = new Load(port, status -> status == 200);
            Map<String, byte[]> requests = new LinkedHashMap<>();
            endpoints.forEach(e -> requests.put(e.name(), RawHttp.get(port, e.path(), key)));

            // Payara keeps compiling for a good minute under load: warm every endpoint, in turns
            System.out.printf("%nWarming up for %d s (%d clients, endpoints in turns of 5 s) …%n", warmup, clients);
            long warmUntil = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
            while (System.nanoTime() < warmUntil) {
                StringBuilder line = new StringBuilder("  warm-up");
                for (Endpoint endpoint : endpoints) {
                    Load.Result result = load.closed(requests.get(endpoint.name()), clients, Duration.ofSeconds(5));
                    line.append(String.format(" | %s %.0f req/s, %d errors", endpoint.name(), result.rate(),
                            result.errors()));
                }
                System.out.println(line.append(" | load ").append(loadAverage()));
            }

            // the machine is shared: endpoints take turns in short slices, so a neighbour's build
            // slows all of them alike instead of whichever endpoint happened to run meanwhile
            Map<String, Load.Result> closed = new LinkedHashMap<>();
            Map<String, Load.Result> open = new LinkedHashMap<>();
            Map<String, CpuTime> cpu = new LinkedHashMap<>();
            Map<String, String> loadBefore = new LinkedHashMap<>();
            Map<String, String> loadAfter = new LinkedHashMap<>();
            Duration closedSlice = Duration.ofSeconds(Math.max(1, closedSeconds / rounds));
            Duration openSlice = Duration.ofSeconds(Math.max(1, openSeconds / rounds));
            System.out.printf("%nMeasuring: %d rounds; each round, each endpoint in turn: closed loop %d s (%d clients),"
                    + " then open loop %d req/s for %d s (%d connections)%n", rounds, closedSlice.toSeconds(), clients,
                    rate, openSlice.toSeconds(), connections);
            for (int round = 1; round <= rounds; round++) {
                for (Endpoint endpoint : endpoints) {
                    String name = endpoint.name();
                    byte[] request = requests.get(name);
                    loadBefore.putIfAbsent(name, loadAverage());
                    CpuTime cpuBefore = CpuTime.of(server.pid());
                    Load.Result slice = load.closed(request, clients, closedSlice);
                    cpu.merge(name, CpuTime.of(server.pid()).minus(cpuBefore), CpuTime::plus);
                    closed.merge(name, slice, Load.Result::plus);
                    Load.Result openSliceResult = load.open(request, rate, openSlice, connections);
                    open.merge(name, openSliceResult, Load.Result::plus);
                    loadAfter.put(name, loadAverage());
                    System.out.printf("  round %d %-8s closed %6.0f req/s | open %5.0f req/s, p99 %8.2f ms | load %s%n",
                            round, name, slice.rate(), openSliceResult.rate(), openSliceResult.percentileMillis(99),
                            loadAverage());
                }
            }
            List<Measured> measured = new ArrayList<>();
            for (Endpoint endpoint : endpoints) {
                String name = endpoint.name();
                measured.add(new Measured(endpoint, closed.get(name), cpu.get(name), open.get(name), loadBefore.get(name),
                        loadAfter.get(name)));
            }

            report(measured, clients, rate, closedSeconds, openSeconds, connections);
            if (dbWorkRequests > 0) {
                DatabaseWork.report(jdbcUrl, port, requests, dbWorkRequests);
            }
            System.out.printf("%nLoad average at the end: %s; total %d s%n", loadAverage(),
                    Duration.between(started, Instant.now()).toSeconds());
            // a missed goal or an overloaded run is a finding, not a failure; a wrong answer is
            boolean errors = measured.stream().anyMatch(m -> m.closed().errors() + m.open().errors() > 0);
            exitCode = errors ? 2 : 0;
        } finally {
            stop(stopped, server, database);
        }
        System.exit(exitCode);
    }

    private static void report(List<Measured> measured, int clients, int rate, int closedSeconds, int openSeconds,
                               int connections) {
        System.out.printf("%n=== Closed loop: %d clients, %d s per endpoint (in turns), keep-alive connections to 127.0.0.1 ===%n",
                clients, closedSeconds);
        System.out.printf("%-8s %-32s %10s %8s %8s %8s %8s %12s %s%n", "endpoint", "what", "req/s", "mean ms",
                "p50 ms", "p99 ms", "errors", "server CPU/req", "load avg first -> last turn");
        for (Measured m : measured) {
            Load.Result r = m.closed();
            System.out.printf("%-8s %-32s %10.0f %8.2f %8.2f %8.2f %8d %11.0fus  %s -> %s%n", m.endpoint().name(),
                    m.endpoint().what(), r.rate(), r.meanMillis(), r.percentileMillis(50), r.percentileMillis(99),
                    r.errors(), m.closedCpu().micros() / Math.max(1, r.ok() + r.errors()), m.loadBefore(),
                    m.loadAfter());
        }
        System.out.printf("%n=== Open loop: %d req/s for %d s per endpoint (in turns) over %d connections; latency from each request's due time ===%n",
                rate, openSeconds, connections);
        System.out.printf("%-8s %10s %8s %8s %8s %8s %8s %9s%n", "endpoint", "achieved", "p50 ms", "p90 ms", "p99 ms",
                "max ms", "errors", "not sent");
        for (Measured m : measured) {
            Load.Result r = m.open();
            System.out.printf("%-8s %10.0f %8.2f %8.2f %8.2f %8.2f %8d %9d%n", m.endpoint().name(), r.rate(),
                    r.percentileMillis(50), r.percentileMillis(90), r.percentileMillis(99), r.maxMillis(), r.errors(),
                    r.notSent());
        }
        measured.stream().filter(m -> m.closed().firstError() != null || m.open().firstError() != null)
                .forEach(m -> System.out.printf("  %s first error: %s%n", m.endpoint().name(),
                        m.closed().firstError() != null ? m.closed().firstError() : m.open().firstError()));

        System.out.printf("%n=== Goals ===%n");
        Measured ping = measured.stream().filter(m -> m.endpoint().name().equals("ping")).findFirst().orElse(null);
        for (Measured m : measured) {
            if (ping != null && m != ping) {
                double ratio = m.closed().rate() / ping.closed().rate();
                System.out.printf("%-8s throughput %.0f / ping %.0f = %.2fx  (goal >= %.1fx): %s%n", m.endpoint().name(),
                        m.closed().rate(), ping.closed().rate(), ratio, THROUGHPUT_GOAL,
                        ratio >= THROUGHPUT_GOAL ? "MET" : "NOT MET");
            }
        }
        for (Measured m : measured) {
            double p99 = m.open().percentileMillis(99);
            boolean rateHeld = m.open().rate() >= rate * 0.98 && m.open().errors() == 0 && m.open().notSent() == 0;
            System.out.printf("%-8s p99 at %d req/s = %.2f ms (goal <= %.0f ms, rate held, no errors): %s%n",
                    m.endpoint().name(), rate, p99, P99_GOAL_MILLIS,
                    p99 <= P99_GOAL_MILLIS && rateHeld ? "MET" : "NOT MET");
        }
    }

    /** Every endpoint answers what it should before anything is measured. */
    private static void checkAnswers(MicroServer server, String key, List<Endpoint> endpoints) {
        for (Endpoint endpoint : endpoints) {
            Http.Answer answer = Http.get(server.base().resolve(endpoint.path().substring(1)), key);
            if (answer.status() != 200) {
                throw new IllegalStateException(endpoint.name() + " answered " + answer.status() + ": " + answer.body());
            }
            JsonObject json = answer.json();
            switch (endpoint.name()) {
                case "ping" -> require(json.containsKey("partnerId"), endpoint, json);
                case "preview" -> require(json.getBoolean("purchasable") && !json.containsKey("quoteId"), endpoint, json);
                case "quote" -> require(json.getBoolean("purchasable") && json.containsKey("quoteId"), endpoint, json);
                default -> throw new IllegalArgumentException(endpoint.name());
            }
            System.out.printf("  %-8s %s -> %s%n", endpoint.name(), endpoint.path(), json);
        }
    }

    private static void require(boolean condition, Endpoint endpoint, JsonObject json) {
        if (!condition) {
            throw new IllegalStateException(endpoint.name() + " answered something unexpected: " + json);
        }
    }

    private static void stop(AtomicBoolean stopped, MicroServer server, EmbeddedDatabase database) {
        if (stopped.compareAndSet(false, true)) {
            System.out.println("Stopping the server and the database …");
            if (server != null) {
                server.close();
            }
            database.close();
        }
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static int intSetting(String name, int fallback) {
        return Integer.parseInt(System.getProperty(name, String.valueOf(fallback)).strip());
    }

    /** CPU time a process used, from /proc (Linux); zero where it cannot be read. */
    record CpuTime(long ticks) {
        private static final long TICKS_PER_SECOND = 100;

        static CpuTime of(long pid) {
            return new CpuTime(fields(pid).map(f -> Long.parseLong(f[11]) + Long.parseLong(f[12])).orElse(0L));
        }

        /**
         * A process with its children: for a PostgreSQL postmaster, the whole database (live backends,
         * and the ones it reaped, counted in its children's time).
         */
        static CpuTime withChildren(long pid) {
            CpuTime total = new CpuTime(fields(pid).map(f -> Long.parseLong(f[11]) + Long.parseLong(f[12])
                    + Long.parseLong(f[13]) + Long.parseLong(f[14])).orElse(0L));
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes.toList()) {
                    String name = process.getFileName().toString();
                    if (name.chars().allMatch(Character::isDigit) && fields(Long.parseLong(name))
                            .filter(f -> Long.parseLong(f[1]) == pid).isPresent()) {
                        total = total.plus(of(Long.parseLong(name)));
                    }
                }
            } catch (IOException | RuntimeException e) {
                return total;
            }
            return total;
        }

        /** The fields of /proc/pid/stat after the command name (state is [0], ppid [1], utime [11]). */
        private static Optional<String[]> fields(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                return Optional.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }

        CpuTime plus(CpuTime other) {
            return new CpuTime(ticks + other.ticks);
        }

        CpuTime minus(CpuTime earlier) {
            return new CpuTime(ticks - earlier.ticks);
        }

        double micros() {
            return ticks * 1e6 / TICKS_PER_SECOND;
        }
    }

    /**
     * A template shaped like the demo's 2851234 (three Precedent tiers and an Absolute one) with a
     * product whose sale window started two weeks ago, so "now" is purchasable and quoted.
     */
    record OnSale(long id, String template, Instant previewAt) {

        static OnSale create(MicroServer server, String key) {
            Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(15));
            Instant end = start.plus(Duration.ofDays(365));
            String template = "bench-" + UUID.randomUUID().toString().substring(0, 8);
            String tier = """
                    {"type": "Precedent", "order": %d, "duration": %d, "durationUnits": "month", "prices": {"GBP": %s},
                     "restrictionType": "%s", "isRestricted": false, "grantsReferences": ["10112"]}""";
            String document = """
                    {"id": "%s", "description": "benchmark copy of 2851234", "contentProviderId": "5112",
                     "isTaxIncluded": true, "taxCode": "GBR-VAT", "contractStartDate": "%s", "contractEndDate": "%s",
                     "tiers": [%s, %s, %s,
                       {"type": "Absolute", "absoluteStart": "%s", "absoluteEnd": "%s", "prices": {"GBP": 1.50},
                        "restrictionType": "restricted", "isRestricted": false, "grantsReferences": ["10112"]}]}
                    """.formatted(template, start, end, tier.formatted(1, 1, "1.99", "restricted"),
                    tier.formatted(2, 2, "2.99", "restricted"), tier.formatted(3, 1, "0.99", "adjustRentalDuration"),
                    start.plus(Duration.ofDays(60)), start.plus(Duration.ofDays(67)));
            post(server, key, "offer-templates", document);
            String product = """
                    {"editorialRef": "%s", "offerTemplateId": "%s", "title": "Benchmark Nemo", "genre": "film",
                     "offerings": ["TVOD"], "offerStartDate": "%s", "offerEndDate": "%s",
                     "licenseStartDate": "%s", "licenseEndDate": "%s", "rentalDuration": 336, "durationUnits": "hour"}
                    """.formatted(template, template, start, end, start, end);
            long id = post(server, key, "products", product).getJsonNumber("id").longValue();
            return new OnSale(id, template, start.plus(Duration.ofDays(45)).plus(Duration.ofHours(12)));
        }

        private static JsonObject post(MicroServer server, String key, String path, String json) {
            Http.Answer answer = Http.send("POST", server.base().resolve("api/v1/" + path), key, "application/json", json);
            if (answer.status() != 201) {
                throw new IllegalStateException("POST " + path + " answered " + answer.status() + ": " + answer.body());
            }
            return answer.json();
        }
    }
}
