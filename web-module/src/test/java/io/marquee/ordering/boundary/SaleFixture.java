package io.marquee.ordering.boundary;

import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import jakarta.json.JsonObject;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

/**
 * A fresh event on sale, made through the partner API as an organiser's partner would: one public
 * ticket type priced in EUR and NOK (capacity and per-order maximum chosen by the test), selling from
 * an hour ago, the event two days ahead.
 */
public record SaleFixture(Function<String, URI> uri, String jdbcUrl, String key, long organiserId, long eventId,
                          long ticketTypeId) {

    public static final String SCOPES_ALL = "organisers:read,events:read,events:write,orders:read,orders:write,ledger:read";

    /** A partner key with every ordering scope for the organiser with {@code slug}. */
    public static String key(String jdbcUrl, String slug) {
        return PartnerFixture.keyFor(jdbcUrl, slug, SCOPES_ALL.split(","));
    }

    public static SaleFixture onSale(Function<String, URI> uri, String jdbcUrl, String key, int capacity, int maxPerOrder) {
        long organiserId = Http.get(uri.apply("api/v1/organisers"), key).jsonArray().isEmpty() ? 0
                : Http.get(uri.apply("api/v1/organisers"), key).jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        Instant start = Instant.now().plus(Duration.ofDays(2));
        JsonObject event = created(Http.send("POST", uri.apply("api/v1/events"), key, "application/json",
                "{\"organiserId\":" + organiserId + ",\"title\":\"Test concert " + UUID.randomUUID()
                        + "\",\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plus(Duration.ofHours(2))
                        + "\",\"timeZone\":\"Europe/Oslo\"}"));
        long eventId = event.getJsonNumber("id").longValue();
        long typeId = created(Http.send("POST", uri.apply("api/v1/events/" + eventId + "/ticket-types"), key,
                "application/json", "{\"name\":\"Stream\",\"capacity\":" + capacity + ",\"maxPerOrder\":" + maxPerOrder
                        + ",\"streamLimit\":2,\"saleStartsAt\":\"" + Instant.now().minus(Duration.ofHours(1))
                        + "\",\"saleEndsAt\":\"" + start + "\",\"prices\":{\"EUR\":10.00,\"NOK\":100.00}}"))
                .getJsonNumber("id").longValue();
        Http.Answer onSale = Http.send("PUT", uri.apply("api/v1/events/" + eventId + "/status"), key, "application/json",
                "{\"status\":\"on_sale\"}");
        if (onSale.status() != 200) {
            throw new IllegalStateException("event not on sale: " + onSale.body());
        }
        return new SaleFixture(uri, jdbcUrl, key, organiserId, eventId, typeId);
    }

    /** A second organiser (and a partner key for it): another tenant. */
    public static String otherOrganiserKey(String jdbcUrl) {
        return key(jdbcUrl, otherOrganiserSlug(jdbcUrl));
    }

    /** A second organiser: another tenant. Answers its slug. */
    public static String otherOrganiserSlug(String jdbcUrl) {
        String slug = "other-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection db = PartnerFixture.connect(jdbcUrl);
             PreparedStatement insert = db.prepareStatement(
                     "insert into organiser (name, slug, time_zone) values (?, ?, 'Europe/Oslo')")) {
            insert.setString(1, "Other organiser " + slug);
            insert.setString(2, slug);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return slug;
    }

    public String orderBody(int quantity, String currency) {
        return "{\"eventId\":" + eventId + ",\"currency\":\"" + currency + "\",\"buyerEmail\":\"buyer@example.com\","
                + "\"lines\":[{\"ticketTypeId\":" + ticketTypeId + ",\"quantity\":" + quantity + "}]}";
    }

    /** A one-request checkout: the order with the card that pays it. */
    public String checkoutBody(int quantity, String currency, String cardNumber) {
        String order = orderBody(quantity, currency);
        return order.substring(0, order.length() - 1) + ",\"payment\":{\"cardNumber\":\"" + cardNumber + "\"}}";
    }

    public Http.Answer post(String path, String body) {
        return Http.send("POST", uri.apply("api/v1/" + path), key, "application/json", body);
    }

    public long count(String sql) {
        return PartnerFixture.count(jdbcUrl, sql);
    }

    public long taken() {
        return count("select taken from ticket_type where id = " + ticketTypeId);
    }

    public long orders() {
        return count("select count(*) from customer_order where event_id = " + eventId);
    }

    private static JsonObject created(Http.Answer answer) {
        if (answer.status() != 201) {
            throw new IllegalStateException("not created: " + answer.status() + " " + answer.body());
        }
        return answer.json();
    }
}
