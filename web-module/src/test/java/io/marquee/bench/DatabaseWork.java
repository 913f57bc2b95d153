package io.marquee.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * A cheap profile of what one request costs the database: PostgreSQL's own counters (table scans,
 * rows inserted, transactions committed) before and after a batch of sequential requests, per request.
 * Each statement by primary key or foreign key is one index scan of its table, so the scans per
 * table are the statements per table near enough (a join counts once for each table it reads).
 * Transactions include the connection pool's validation statement and these readings (~0.01).
 */
final class DatabaseWork {

    private DatabaseWork() {
    }

    static void report(String jdbcUrl, int port, Map<String, byte[]> requests, int count) throws Exception {
        System.out.printf("%n=== Database work per request (PostgreSQL statistics over %d sequential requests each) ===%n",
                count);
        Map<String, Long> before = settled(jdbcUrl);
        for (Map.Entry<String, byte[]> entry : requests.entrySet()) {
            try (RawHttp connection = new RawHttp(port)) {
                for (int i = 0; i < count; i++) {
                    RawHttp.Response response = connection.send(entry.getValue());
                    if (response.status() != 200) {
                        throw new IllegalStateException(entry.getKey() + " answered " + response.status());
                    }
                }
            }
            Map<String, Long> after = settled(jdbcUrl);
            Map<String, Long> earlier = before;
            before = after;
            Map<String, Double> perRequest = new TreeMap<>();
            after.forEach((name, value) -> {
                double delta = (value - earlier.getOrDefault(name, 0L)) / (double) count;
                if (delta >= 0.01) {
                    perRequest.put(name, delta);
                }
            });
            double scans = perRequest.entrySet().stream().filter(e -> e.getKey().startsWith("scans "))
                    .mapToDouble(Map.Entry::getValue).sum();
            System.out.printf("%-8s %.1f table scans, %.1f rows inserted, %.1f transactions per request%n", entry.getKey(),
                    scans, perRequest.getOrDefault("inserted", 0.0), perRequest.getOrDefault("transactions", 0.0));
            StringBuilder tables = new StringBuilder();
            perRequest.forEach((name, value) -> {
                if (name.startsWith("scans ")) {
                    tables.append(String.format("%s %.1f, ", name.substring(6), value));
                }
            });
            if (tables.length() > 0) {
                System.out.printf("         scans: %s%n", tables.substring(0, tables.length() - 2));
            }
        }
    }

    /**
     * Backends publish their counters at most once a second, and an idle one only when its idle
     * timer fires (up to ten seconds later): the counters are read after twelve quiet seconds.
     */
    private static Map<String, Long> settled(String jdbcUrl) throws SQLException, InterruptedException {
        Thread.sleep(12_000);
        return counters(jdbcUrl);
    }

    private static Map<String, Long> counters(String jdbcUrl) throws SQLException {
        Map<String, Long> counters = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement statement = db.createStatement()) {
            long inserted = 0;
            try (ResultSet rows = statement.executeQuery("select relname, coalesce(seq_scan, 0) + coalesce(idx_scan, 0),"
                    + " n_tup_ins from pg_stat_user_tables")) {
                while (rows.next()) {
                    counters.put("scans " + rows.getString(1), rows.getLong(2));
                    inserted += rows.getLong(3);
                }
            }
            counters.put("inserted", inserted);
            try (ResultSet rows = statement.executeQuery(
                    "select xact_commit from pg_stat_database where datname = current_database()")) {
                rows.next();
                counters.put("transactions", rows.getLong(1));
            }
        }
        return counters;
    }
}
