package io.marquee.media.control;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.marquee.platform.control.SecretBox;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** One embedded PostgreSQL per test JVM, migrated as the server migrates it; events are made with SQL. */
final class ChannelDatabase {

    private static EmbeddedPostgres postgres;
    private static HikariDataSource pool;
    private static long organiserId;
    /** The stream keys' key for this test JVM, as {@code marquee.secrets.key} is the server's. */
    private static final SecretBox SECRETS = SecretBox.of(SecretBox.newKey());

    private ChannelDatabase() {
    }

    static synchronized DataSource get() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1")
                        .setServerConfig("fsync", "off").start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            HikariConfig config = new HikariConfig();
            config.setDataSource(postgres.getPostgresDatabase());
            config.setMaximumPoolSize(4);
            pool = new HikariDataSource(config);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pool.close();
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM ends anyway
                }
            }));
            Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
            organiserId = insert("insert into organiser (name, slug) values ('Northern Lights', 'northern-lights') returning id");
        }
        return pool;
    }

    static SecretBox secrets() {
        return SECRETS;
    }

    /** A live event on sale (or in another status), as the events capability stores it. */
    static long event(Instant startsAt, Instant endsAt, String status) {
        get();
        return insert("insert into live_event (organiser_id, public_id, title, starts_at, ends_at, time_zone, status) "
                + "values (?, gen_random_uuid()::text, 'Concert', ?, ?, 'UTC', ?) returning id",
                organiserId, Timestamp.from(startsAt), Timestamp.from(endsAt), status);
    }

    static long organiserId() {
        get();
        return organiserId;
    }

    /** A product (a TVOD title) of the organiser, with the provider and template it needs. */
    static long product() {
        get();
        long provider = insert("insert into content_provider (organiser_id, external_id) values (?, gen_random_uuid()::text) "
                + "returning id", organiserId);
        long template = insert("insert into offer_template (reference, content_provider_id, organiser_id, contract_start, "
                + "contract_end, tax_included, tax_code) values (gen_random_uuid()::text, ?, ?, now(), now() + interval '1 year', "
                + "true, 'VAT') returning id", provider, organiserId);
        return insert("insert into product (offer_template_id, editorial_ref, title, license_start, license_end, offer_start, "
                + "offer_end, rental_duration, rental_unit) values (?, 'E1', 'Title', now(), now() + interval '1 year', now(), "
                + "now() + interval '1 year', 48, 'Hours') returning id", template);
    }

    static void setStatus(long eventId, String status) {
        insert("update live_event set status = ? where id = ? returning id", status, eventId);
    }

    static long count(String sql, Object... parameters) {
        return insert(sql, parameters);
    }

    private static long insert(String sql, Object... parameters) {
        try (Connection connection = pool.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
