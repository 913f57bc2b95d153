package io.marquee.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Partners and keys written straight into the test database, in the key format the server
 * issues ({@code mq_<prefix>_<secret>}, SHA-256 stored), so API tests need no console.
 */
public final class PartnerFixture {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PartnerFixture() {
    }

    /** A new partner acting for the organiser with {@code organiserSlug}, and a key with {@code scopes}. */
    public static String keyFor(SystemUnderTest sut, String organiserSlug, String... scopes) {
        return keyFor(sut.jdbcUrl(), organiserSlug, scopes);
    }

    /** The same against any embedded database (the benchmark runs its own, outside {@link SystemUnderTest}). */
    public static String keyFor(String jdbcUrl, String organiserSlug, String... scopes) {
        try (Connection db = DriverManager.getConnection(jdbcUrl, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD)) {
            long partnerId = insertReturningId(db, "insert into partner (name) values (?) returning id",
                    "fixture partner " + UUID.randomUUID());
            if (organiserSlug != null) {
                try (PreparedStatement link = db.prepareStatement(
                        "insert into partner_organiser (partner_id, organiser_id) select ?, id from organiser where slug = ?")) {
                    link.setLong(1, partnerId);
                    link.setString(2, organiserSlug);
                    link.executeUpdate();
                }
            }
            return insertKey(db, partnerId, scopes);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection to the test database, for tests that write fixtures or race statements directly. */
    public static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
    }

    public static int execute(String jdbcUrl, String sql) {
        try (Connection db = connect(jdbcUrl)) {
            return db.createStatement().executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(SystemUnderTest sut, String sql) {
        return count(sut.jdbcUrl(), sql);
    }

    public static long count(String jdbcUrl, String sql) {
        return Long.parseLong(text(jdbcUrl, sql));
    }

    /** The first column of the first row {@code sql} answers (a statement may write, e.g. insert ... returning). */
    public static String text(SystemUnderTest sut, String sql) {
        return text(sut.jdbcUrl(), sql);
    }

    private static String text(String jdbcUrl, String sql) {
        try (Connection db = DriverManager.getConnection(jdbcUrl, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
             ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String insertKey(Connection db, long partnerId, String... scopes) throws SQLException {
        byte[] prefixBytes = new byte[4];
        byte[] secretBytes = new byte[24];
        RANDOM.nextBytes(prefixBytes);
        RANDOM.nextBytes(secretBytes);
        String prefix = HexFormat.of().formatHex(prefixBytes);
        String key = "mq_" + prefix + "_" + HexFormat.of().formatHex(secretBytes);
        long keyId;
        try (PreparedStatement insert = db.prepareStatement("insert into api_key (partner_id, prefix, secret_hash, label, "
                + "created_at, created_by) values (?, ?, ?, 'fixture', now(), 'test') returning id")) {
            insert.setLong(1, partnerId);
            insert.setString(2, prefix);
            insert.setBytes(3, sha256(key));
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                keyId = id.getLong(1);
            }
        }
        for (String scope : scopes) {
            try (PreparedStatement insert = db.prepareStatement("insert into api_key_scope (api_key_id, scope) values (?, ?)")) {
                insert.setLong(1, keyId);
                insert.setString(2, scope);
                insert.executeUpdate();
            }
        }
        return key;
    }

    private static long insertReturningId(Connection db, String sql, String value) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            insert.setString(1, value);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
