package io.marquee.bench;

import io.marquee.ordering.boundary.BuyerCrowd;
import io.marquee.ordering.boundary.SaleFixture;
import io.marquee.testing.EmbeddedDatabase;
import io.marquee.testing.MicroServer;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Confirmed PPV orders per second for one event: {@code mvn -o -Pbench-ordering -pl web-module -am package -DskipTests}.
 * <p>
 * Starts a throw-away embedded PostgreSQL (fsync off, counting statements) and Payara Micro with the WAR and
 * demo data, all on 127.0.0.1, warms up with a few small sell-outs, then, for each flow in {@code bench.flows}
 * ({@code two-requests}: reserve, then pay; {@code one-request}: the checkout with the card in the order) and
 * in each of {@code bench.runs} runs, puts a new event with {@code bench.tickets} tickets on sale and lets
 * {@code bench.buyers} concurrent buyers (at most {@code bench.inflight} requests open) each buy one ticket
 * with the sandbox success card, again and again, until it is sold out. Prints confirmed orders per second,
 * the server's CPU, the SQL statements and the transactions per order and the load average, checks that
 * nothing was oversold, and shuts everything down. {@code bench.statements} (a number) also prints that many
 * of the most frequent statements of each run. {@code bench.serverJvm} passes options to the server JVM
 * (e.g. a JFR recording).
 */
public final class OrderingBenchmark {

    static final double GOAL = 500;

    private OrderingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tickets = Integer.getInteger("bench.tickets", 10_000);
        int buyers = Integer.getInteger("bench.buyers", 2_000);
        int inFlight = Integer.getInteger("bench.inflight", 64);
        int runs = Integer.getInteger("bench.runs", 3);
        int warmups = Integer.getInteger("bench.warmups", 3);
        int busiest = Integer.getInteger("bench.statements", 0);
        List<BuyerCrowd.Flow> flows = Arrays.stream(System.getProperty("bench.flows", "two-requests,one-request").split(","))
                .map(name -> BuyerCrowd.Flow.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'))).toList();
        System.out.printf("Marquee ordering benchmark: %d tickets, %d buyers, %d requests in flight, flows %s%n"
                        + "  machine: %d cores, load average %s%n", tickets, buyers, inFlight, flows,
                Runtime.getRuntime().availableProcessors(), QuoteBenchmark.loadAverage());
        Instant started = Instant.now();
        EmbeddedDatabase database = EmbeddedDatabase.temporaryCountingStatements();
        MicroServer server = null;
        int exitCode = 1;
        try {
            server = BenchServer.start(database, "bench-ordering", started);
            MicroServer running = server;
            Function<String, URI> uri = path -> running.base().resolve(path);
            String key = SaleFixture.key(database.jdbcUrl(), "northern-lights");

            for (int i = 1; i <= warmups; i++) {
                for (BuyerCrowd.Flow flow : flows) {
                    SaleFixture sale = SaleFixture.onSale(uri, database.jdbcUrl(), key, 2_000, 1);
                    BuyerCrowd.Result warm = BuyerCrowd.buyUntilSoldOut(uri, sale, buyers, inFlight, flow);
                    System.out.printf("  warm-up %d %s: %d confirmed in %d ms (%.0f/s), other answers %s | load %s%n", i,
                            name(flow), warm.confirmed(), warm.elapsed().toMillis(), warm.confirmedPerSecond(), warm.other(),
                            QuoteBenchmark.loadAverage());
                }
            }

            Map<BuyerCrowd.Flow, List<Double>> rates = new EnumMap<>(BuyerCrowd.Flow.class);
            boolean correct = true;
            for (int run = 1; run <= runs; run++) {
                for (BuyerCrowd.Flow flow : flows) {
                    SaleFixture sale = SaleFixture.onSale(uri, database.jdbcUrl(), key, tickets, 1);
                    String loadBefore = QuoteBenchmark.loadAverage();
                    long transactionsBefore = StatementCounts.reset(database.jdbcUrl());
                    QuoteBenchmark.CpuTime cpuBefore = QuoteBenchmark.CpuTime.of(running.pid());
                    BuyerCrowd.Result result = BuyerCrowd.buyUntilSoldOut(uri, sale, buyers, inFlight, flow);
                    QuoteBenchmark.CpuTime cpu = QuoteBenchmark.CpuTime.of(running.pid()).minus(cpuBefore);
                    String loadAfter = QuoteBenchmark.loadAverage();
                    StatementCounts work = StatementCounts.since(database.jdbcUrl(), transactionsBefore, busiest);
                    long taken = sale.taken();
                    long issued = sale.count("select count(*) from ticket where ticket_type_id = " + sale.ticketTypeId());
                    boolean ok = result.confirmed() == tickets && taken == tickets && issued == tickets && result.other().isEmpty();
                    correct &= ok;
                    rates.computeIfAbsent(flow, f -> new ArrayList<>()).add(result.confirmedPerSecond());
                    double orders = Math.max(1.0, result.confirmed());
                    System.out.printf("  run %d %s: %d confirmed in %.1f s = %.0f confirmed orders/s | server CPU %.2f ms per order"
                                    + " | %.1f statements, %.1f transactions per order | taken %d, tickets %d, other answers %s%s"
                                    + " | load %s -> %s%n", run, name(flow), result.confirmed(),
                            result.elapsed().toMillis() / 1000.0, result.confirmedPerSecond(), cpu.micros() / 1000.0 / orders,
                            work.statements() / orders, work.transactions() / orders, taken, issued, result.other(),
                            ok ? "" : " WRONG", loadBefore, loadAfter);
                    work.busiest().forEach(line -> System.out.println("      " + line));
                }
            }
            System.out.println();
            rates.forEach((flow, measured) -> {
                double best = measured.stream().mapToDouble(Double::doubleValue).max().orElse(0);
                double median = measured.stream().sorted().toList().get(measured.size() / 2);
                System.out.printf("Confirmed orders per second, %s: median %.0f, best %.0f (goal >= %.0f: %s)%n",
                        name(flow), median, best, GOAL, best >= GOAL ? "met" : "missed");
            });
            System.out.printf("Never oversold: %s; load average at the end: %s; total %d s%n", correct ? "yes" : "NO",
                    QuoteBenchmark.loadAverage(), Duration.between(started, Instant.now()).toSeconds());
            exitCode = correct ? 0 : 2;
        } finally {
            if (server != null) {
                server.close();
            }
            database.close();
        }
        System.exit(exitCode);
    }

    private static String name(BuyerCrowd.Flow flow) {
        return flow.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
