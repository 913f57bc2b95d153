package io.marquee.bench;

import io.marquee.testing.EmbeddedDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What the database ran during a measurement, from {@code pg_stat_statements} (the benchmark's database
 * preloads it: {@link EmbeddedDatabase#temporaryCountingStatements()}) and the transactions committed.
 * Statements are every SQL statement of every connection (the server's background work included), not
 * transaction control (BEGIN, COMMIT, ROLLBACK).
 */
record StatementCounts(long statements, long transactions, List<String> busiest) {

    private static final String NOT_CONTROL = "query !~* '^\\s*(begin|commit|rollback|set |show |select pg_stat_statements)'";

    /** Starts counting afresh; answers the transactions committed so far. */
    static long reset(String jdbcUrl) throws SQLException {
        try (Connection db = EmbeddedDatabase.connect(jdbcUrl); Statement sql = db.createStatement()) {
            sql.execute("create extension if not exists pg_stat_statements");
            sql.execute("select pg_stat_statements_reset()");
            return transactions(sql);
        }
    }

    /** The counts since {@link #reset} (which answered {@code transactionsBefore}), with the {@code top} busiest statements. */
    static StatementCounts since(String jdbcUrl, long transactionsBefore, int top) throws SQLException, InterruptedException {
        try (Connection db = EmbeddedDatabase.connect(jdbcUrl); Statement sql = db.createStatement()) {
            long statements;
            try (ResultSet rows = sql.executeQuery("select coalesce(sum(calls), 0) from pg_stat_statements where " + NOT_CONTROL)) {
                rows.next();
                statements = rows.getLong(1);
            }
            List<String> busiest = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("select calls, regexp_replace(query, '\\s+', ' ', 'g') from pg_stat_statements "
                    + "where " + NOT_CONTROL + " order by calls desc limit " + top)) {
                while (rows.next()) {
                    busiest.add(rows.getLong(1) + "\t" + abbreviated(rows.getString(2)));
                }
            }
            // idle backends publish their transaction counts up to ten seconds late
            Thread.sleep(11_000);
            return new StatementCounts(statements, transactions(sql) - transactionsBefore, busiest);
        }
    }

    private static long transactions(Statement sql) throws SQLException {
        try (ResultSet rows = sql.executeQuery("select xact_commit from pg_stat_database where datname = current_database()")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String abbreviated(String query) {
        return query.length() <= 140 ? query : query.substring(0, 137) + "...";
    }
}
