package io.marquee.sales.boundary;

import io.marquee.ordering.boundary.SaleFixture;
import io.marquee.ordering.control.SandboxPayments;
import io.marquee.testing.EventStreamClient;
import io.marquee.testing.EventStreamClient.Received;
import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner event stream: a sale arrives as it happens; a partner that reconnects with
 * Last-Event-ID receives exactly the events it missed; another organiser's partner sees none of them.
 */
class SalesStreamIT {

    static SystemUnderTest sut;
    static SaleFixture sale;
    static String streamKey;
    static long organiserId;

    @BeforeAll
    static void eventOnSale() {
        sut = SystemUnderTest.get();
        sale = SaleFixture.onSale(sut::uri, sut.jdbcUrl(), SaleFixture.key(sut.jdbcUrl(), "northern-lights"), 500, 4);
        streamKey = PartnerFixture.keyFor(sut, "northern-lights", "sales:read");
        organiserId = sale.count("select id from organiser where slug = 'northern-lights'");
    }

    @Test
    void aSaleArrivesAsItHappensAndAReconnectGetsExactlyWhatWasMissed() throws Exception {
        List<Received> seen = new ArrayList<>();
        String orderId;
        try (EventStreamClient stream = EventStreamClient.connect(stream(), streamKey, null)) {
            orderId = buy(2);
            seen.addAll(untilSaleOf(stream, orderId));
        }
        JsonObject saleEvent = json(seen.get(seen.size() - 1));
        assertThat(saleEvent.getString("type")).isEqualTo("sale");
        assertThat(saleEvent.getString("gross")).isEqualTo("20.00");
        assertThat(saleEvent.getInt("tickets")).isEqualTo(2);
        assertThat(saleEvent.getJsonNumber("eventId").longValue()).isEqualTo(sale.eventId());
        assertThat(saleEvent.getJsonArray("lines").getJsonObject(0).getString("ticketType")).isEqualTo("Stream");
        String lastId = seen.get(seen.size() - 1).id();

        // offline: two more orders and a refund happen
        buy(1);
        String refunded = buy(1);
        assertThat(sale.post("orders/" + refunded + "/refunds", "{}").status()).isEqualTo(201);
        awaitPublished(refunded, 3);

        try (EventStreamClient stream = EventStreamClient.connect(stream(), streamKey, lastId)) {
            List<String> missed = stream.drain(Duration.ofSeconds(2)).stream().map(Received::id).toList();
            assertThat(missed).isEqualTo(seqsAfter(Long.parseLong(lastId)));
            assertThat(missed).hasSizeGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void anotherOrganisersPartnerSeesNoneOfTheseEvents() throws Exception {
        String otherKey = PartnerFixture.keyFor(sut, SaleFixture.otherOrganiserSlug(sut.jdbcUrl()), "sales:read");
        try (EventStreamClient stream = EventStreamClient.connect(stream(), otherKey, "0")) {
            String orderId = buy(1);
            awaitPublished(orderId, 2);
            assertThat(stream.drain(Duration.ofSeconds(2))).isEmpty();
        }
    }

    @Test
    void aMalformedLastEventIdIsRefusedNamingTheHeader() {
        Http.Answer refused = Http.send(Http.request(stream(), streamKey).header("Last-Event-ID", "yesterday")
                .header("Accept", "text/event-stream").GET().build());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("Last-Event-ID", "event-id");
    }

    private static List<Received> untilSaleOf(EventStreamClient stream, String orderId) throws InterruptedException {
        List<Received> received = new ArrayList<>();
        for (Received event = stream.next(Duration.ofSeconds(10)); event != null; event = stream.next(Duration.ofSeconds(10))) {
            received.add(event);
            if ("sale".equals(event.name()) && json(event).getString("order").equals(orderId)) {
                return received;
            }
        }
        throw new AssertionError("no sale event for " + orderId + " within 10 s; received " + received);
    }

    private static List<String> seqsAfter(long seq) {
        String seqs = PartnerFixture.text(sut, "select coalesce(string_agg(seq::text, ',' order by seq), '') from sales_fact "
                + "where organiser_id = " + organiserId + " and seq > " + seq);
        return List.of(seqs.split(","));
    }

    private static void awaitPublished(String orderId, int facts) throws InterruptedException {
        String sql = "select count(*) from sales_fact where order_public_id = '" + orderId + "' and seq is not null";
        for (int i = 0; i < 200 && sale.count(sql) < facts; i++) {
            Thread.sleep(50);
        }
        assertThat(sale.count(sql)).isEqualTo(facts);
    }

    private static String buy(int quantity) {
        Http.Answer reserved = sale.post("orders", sale.orderBody(quantity, "EUR"));
        assertThat(reserved.status()).as(reserved.body()).isEqualTo(201);
        String orderId = reserved.json().getString("id");
        assertThat(sale.post("orders/" + orderId + "/payments", "{\"cardNumber\":\"" + SandboxPayments.SUCCEEDS + "\"}")
                .status()).isEqualTo(201);
        return orderId;
    }

    private static JsonObject json(Received event) {
        return Json.createReader(new StringReader(event.data())).readObject();
    }

    private static URI stream() {
        return sut.uri("api/v1/sales/stream");
    }
}
