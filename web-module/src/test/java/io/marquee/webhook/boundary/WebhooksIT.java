package io.marquee.webhook.boundary;

import io.marquee.ordering.boundary.SaleFixture;
import io.marquee.ordering.control.SandboxPayments;
import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import io.marquee.testing.WebhookReceiver;
import io.marquee.testing.WebhookReceiver.Call;
import io.marquee.webhook.control.WebhookSignature;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks: a receiver that fails its first three attempts gets the sale once it recovers, signed
 * with the subscription's secret; the delivery log shows every attempt; a delivery can be sent again;
 * bad subscriptions are refused naming the field; another partner sees none of it.
 */
class WebhooksIT {

    static SystemUnderTest sut;
    static SaleFixture sale;
    static String hooksKey;

    @BeforeAll
    static void eventOnSale() {
        sut = SystemUnderTest.get();
        sale = SaleFixture.onSale(sut::uri, sut.jdbcUrl(), SaleFixture.key(sut.jdbcUrl(), "northern-lights"), 500, 4);
        hooksKey = PartnerFixture.keyFor(sut, "northern-lights", "webhooks:write");
    }

    @Test
    void aReceiverThatFailsThreeTimesGetsTheSaleSignedOnceItRecovers() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(3)) {
            JsonObject subscription = subscribe("{\"url\":\"" + receiver.uri() + "\",\"kinds\":[\"sale\"]}");
            String secret = subscription.getString("secret");
            assertThat(secret).startsWith("whsec_");
            assertThat(sale.count("select count(*) from webhook_subscription where secret_sealed like '%"
                    + secret.substring(6) + "%'")).as("the secret is not stored in clear").isZero();

            String orderId = buy();
            List<Call> calls = receiver.await(c -> c.body().contains(orderId), 4, Duration.ofSeconds(30));

            assertThat(calls).extracting(Call::answered).containsExactly(500, 500, 500, 200);
            assertThat(calls).extracting(Call::eventId).containsOnly(calls.get(0).eventId());
            assertThat(calls).extracting(Call::eventType).containsOnly("sale");
            Call delivered = calls.get(3);
            assertThat(WebhookSignature.verifies(secret, delivered.signature(), delivered.body(), delivered.at(),
                    Duration.ofMinutes(5))).as("signature %s", delivered.signature()).isTrue();
            assertThat(WebhookSignature.verifies(secret, delivered.signature(), delivered.body().replace("20.00", "2.00"),
                    delivered.at(), Duration.ofMinutes(5))).as("a tampered body").isFalse();
            JsonObject body = jakarta.json.Json.createReader(new StringReader(delivered.body())).readObject();
            assertThat(body.getString("type")).isEqualTo("sale");
            assertThat(body.getString("order")).isEqualTo(orderId);
            assertThat(body.getJsonNumber("id").toString()).isEqualTo(delivered.eventId());
            // retries back off: each wait is longer than the one before
            assertThat(Duration.between(calls.get(2).at(), calls.get(3).at()))
                    .isGreaterThan(Duration.between(calls.get(0).at(), calls.get(1).at()));

            JsonArray log = awaitDelivered(subscription.getString("id"));
            JsonObject entry = log.getJsonObject(0);
            assertThat(entry.getInt("attempts")).isEqualTo(4);
            assertThat(entry.getInt("lastStatus")).isEqualTo(200);
            JsonArray attempts = Http.get(sut.uri("api/v1/webhooks/deliveries/" + entry.getJsonNumber("id") + "/attempts"),
                    hooksKey).jsonArray();
            assertThat(attempts.stream().map(a -> a.asJsonObject().getInt("status")).toList())
                    .containsExactly(500, 500, 500, 200);

            Http.Answer again = Http.send("POST", sut.uri("api/v1/webhooks/deliveries/" + entry.getJsonNumber("id")
                    + "/redeliver"), hooksKey, null, null);
            assertThat(again.status()).isEqualTo(202);
            assertThat(receiver.await(c -> c.body().contains(orderId), 5, Duration.ofSeconds(10))).hasSize(5)
                    .last().extracting(Call::eventId).isEqualTo(delivered.eventId());

            String otherKey = PartnerFixture.keyFor(sut, "northern-lights", "webhooks:write");
            assertThat(Http.get(sut.uri("api/v1/webhooks/" + subscription.getString("id")), otherKey).status())
                    .as("another partner's subscription").isEqualTo(404);
            assertThat(Http.send("POST", sut.uri("api/v1/webhooks/deliveries/" + entry.getJsonNumber("id") + "/redeliver"),
                    otherKey, null, null).status()).isEqualTo(404);
        }
    }

    @Test
    void aDeactivatedSubscriptionReceivesNothingMore() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(0)) {
            JsonObject subscription = subscribe("{\"url\":\"" + receiver.uri() + "\"}");
            assertThat(Http.send("DELETE", sut.uri("api/v1/webhooks/" + subscription.getString("id")), hooksKey, null, null)
                    .json().getBoolean("active")).isFalse();
            String orderId = buy();
            assertThat(receiver.await(c -> c.body().contains(orderId), 1, Duration.ofSeconds(3))).isEmpty();
        }
    }

    @Test
    void aBadSubscriptionIsRefusedNamingTheFieldAndNothingIsWritten() {
        long before = sale.count("select count(*) from webhook_subscription");
        assertRefused("{\"url\":\"ftp://hooks.example/x\"}", "url", "https");
        assertRefused("{\"url\":\"http://hooks.example/x\"}", "url", "https");
        assertRefused("{\"url\":\"https://10.0.0.7/x\"}", "url", "public-host");
        assertRefused("{\"url\":\"not a url\"}", "url", "url");
        assertRefused("{}", "url", "required");
        assertRefused("{\"url\":\"https://hooks.example/x\",\"kinds\":[\"sale\",\"chargeback\"]}", "kinds", "known");
        assertThat(Http.send("POST", sut.uri("api/v1/webhooks"), hooksKey, "application/json", "{\"url\":").status())
                .isEqualTo(400);
        assertThat(sale.count("select count(*) from webhook_subscription")).isEqualTo(before);
    }

    private static void assertRefused(String body, String field, String rule) {
        Http.Answer refused = Http.send("POST", sut.uri("api/v1/webhooks"), hooksKey, "application/json", body);
        assertThat(refused.status()).as(body).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getJsonArray("errors").stream().map(JsonObject.class::cast)
                .anyMatch(v -> v.getString("field").equals(field) && v.getString("rule").equals(rule)))
                .as("%s names %s/%s: %s", body, field, rule, refused.body()).isTrue();
    }

    private static JsonObject subscribe(String body) {
        Http.Answer created = Http.send("POST", sut.uri("api/v1/webhooks"), hooksKey, "application/json", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static JsonArray awaitDelivered(String subscriptionId) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            JsonArray log = Http.get(sut.uri("api/v1/webhooks/" + subscriptionId + "/deliveries"), hooksKey).jsonArray();
            if (!log.isEmpty() && log.getJsonObject(0).getString("status").equals("delivered")) {
                return log;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the delivery log never showed the delivery delivered");
    }

    private static String buy() {
        Http.Answer reserved = sale.post("orders", sale.orderBody(2, "EUR"));
        assertThat(reserved.status()).as(reserved.body()).isEqualTo(201);
        String orderId = reserved.json().getString("id");
        assertThat(sale.post("orders/" + orderId + "/payments", "{\"cardNumber\":\"" + SandboxPayments.SUCCEEDS + "\"}")
                .status()).isEqualTo(201);
        return orderId;
    }
}
