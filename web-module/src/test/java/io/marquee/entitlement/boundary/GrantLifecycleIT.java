package io.marquee.entitlement.boundary;

import io.marquee.ordering.boundary.SaleFixture;
import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Grants follow orders: a confirmed order grants each ticket its event window; a full refund revokes them. */
class GrantLifecycleIT {

    private final SystemUnderTest sut = SystemUnderTest.get();

    @Test
    void eachTicketOfAConfirmedOrderIsGrantedUntilTheOrderIsRefunded() {
        String key = SaleFixture.key(sut.jdbcUrl(), "northern-lights");
        SaleFixture sale = SaleFixture.onSale(sut::uri, sut.jdbcUrl(), key, 10, 5);
        String order = sale.post("orders", sale.orderBody(2, "EUR")).json().getString("id");
        assertThat(sale.post("orders/" + order + "/payments", "{\"cardNumber\":\"4242424242424242\"}").status())
                .isEqualTo(201);
        JsonArray tickets = Http.get(sut.uri("api/v1/orders/" + order + "/tickets"), key).jsonArray();
        assertThat(tickets).hasSize(2);
        String rightsKey = PartnerFixture.keyFor(sut, "northern-lights", "rights:read");
        JsonObject event = Http.get(sut.uri("api/v1/events/" + sale.eventId()), key).json();
        Instant start = Instant.parse(event.getString("startsAt"));

        for (int i = 0; i < tickets.size(); i++) {
            JsonObject rights = rights(rightsKey, tickets.getJsonObject(i).getString("token"));
            assertThat(rights.getString("status")).as("the event is two days ahead").isEqualTo("not-yet-valid");
            assertThat(Instant.parse(rights.getString("validFrom"))).isEqualTo(start.minus(Duration.ofMinutes(30)));
            assertThat(rights.getJsonArray("rights").getString(0)).isEqualTo("play");
        }
        assertThat(PartnerFixture.count(sut, "select count(*) from entitlement g join customer_order o on o.id = g.order_id "
                + "where o.public_id = '" + order + "'")).as("one grant per ticket, never two").isEqualTo(2);

        assertThat(sale.post("orders/" + order + "/refunds", "{\"reason\":\"changed plans\"}").status()).isEqualTo(201);

        for (int i = 0; i < tickets.size(); i++) {
            assertThat(rights(rightsKey, tickets.getJsonObject(i).getString("token")).getString("status"))
                    .isEqualTo("revoked");
        }
    }

    private JsonObject rights(String key, String ticket) {
        Http.Answer answer = Http.get(sut.uri("api/v1/rights?ticket=" + ticket), key);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }
}
