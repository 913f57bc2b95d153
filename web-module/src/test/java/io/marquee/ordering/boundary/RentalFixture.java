package io.marquee.ordering.boundary;

import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.UUID;

/**
 * A rentable title of the demo organiser, made over the partner API: its own offer template (one
 * Precedent tier at 3.49 GBP / 3.99 EUR with the rights "10112" and "hd"), on sale since 2020 until
 * {@code licenseEnd}, rented for {@code rentalHours}; and the partner calls a storefront makes.
 */
public record RentalFixture(SystemUnderTest sut, String key, String templateId, long productId) {

    public static final String SCOPES = "templates:write,products:write,catalog:read,orders:read,orders:write,rights:read";
    public static final String CARD = "{\"cardNumber\":\"4242424242424242\"}";

    public static RentalFixture title(SystemUnderTest sut, Instant licenseEnd, int rentalHours) {
        String key = PartnerFixture.keyFor(sut, "northern-lights", SCOPES.split(","));
        String templateId = "rental-" + UUID.randomUUID();
        Http.Answer template = post(sut, key, "offer-templates", """
                {"id": "%s", "contentProviderId": "5112", "isTaxIncluded": true, "taxCode": "GBR-VAT",
                 "contractStartDate": "2020-01-01T00:00:00Z", "contractEndDate": "2040-01-01T00:00:00Z",
                 "tiers": [{"type": "Precedent", "order": 1, "duration": 240, "durationUnits": "months",
                            "prices": {"GBP": 3.49, "EUR": 3.99}, "grantsReferences": ["10112", "hd"]}]}
                """.formatted(templateId));
        check(template);
        Http.Answer product = post(sut, key, "products", """
                {"editorialRef": "%s", "offerTemplateId": "%s", "title": "Rental test %s", "genre": "film",
                 "offerings": ["TVOD"], "offerStartDate": "2020-01-01T00:00:00Z", "offerEndDate": "%s",
                 "licenseStartDate": "2020-01-01T00:00:00Z", "licenseEndDate": "%s",
                 "rentalDuration": %d, "durationUnits": "hour"}
                """.formatted(UUID.randomUUID(), templateId, templateId, licenseEnd, licenseEnd, rentalHours));
        check(product);
        return new RentalFixture(sut, key, templateId, product.json().getJsonNumber("id").longValue());
    }

    /** The price now in {@code currency}, with the quote a checkout pays. */
    public JsonObject quote(String currency) {
        Http.Answer price = Http.get(sut.uri("api/v1/products/" + productId + "/price?currency=" + currency), key);
        if (price.status() != 200 || !price.json().containsKey("quoteId")) {
            throw new IllegalStateException("no quote: " + price.status() + " " + price.body());
        }
        return price.json();
    }

    public Http.Answer rent(String quoteId, String buyer, String idempotencyKey) {
        return send("rentals", "{\"quoteId\":\"" + quoteId + "\",\"buyerEmail\":\"" + buyer + "\"}", idempotencyKey);
    }

    public Http.Answer send(String path, String body, String idempotencyKey) {
        var request = Http.request(sut.uri("api/v1/" + path), key).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
        return Http.send((idempotencyKey == null ? request : request.header("Idempotency-Key", idempotencyKey)).build());
    }

    /** Rents at a fresh quote and pays: the confirmed order's id. */
    public String rentedAndPaid(String buyer) {
        Http.Answer order = check(rent(quote("GBP").getString("quoteId"), buyer, null));
        check(send("orders/" + order.json().getString("id") + "/payments", CARD, null));
        return order.json().getString("id");
    }

    public String ticketOf(String orderId) {
        return Http.get(sut.uri("api/v1/orders/" + orderId + "/tickets"), key).jsonArray().getJsonObject(0).getString("token");
    }

    public JsonObject rights(String ticket) {
        return Http.get(sut.uri("api/v1/rights?ticket=" + ticket), key).json();
    }

    public long orders() {
        return PartnerFixture.count(sut, "select count(*) from customer_order where product_id = " + productId);
    }

    private static Http.Answer post(SystemUnderTest sut, String key, String path, String json) {
        return Http.send("POST", sut.uri("api/v1/" + path), key, "application/json", json);
    }

    private static Http.Answer check(Http.Answer created) {
        if (created.status() != 201) {
            throw new IllegalStateException("not created: " + created.status() + " " + created.body());
        }
        return created;
    }
}
