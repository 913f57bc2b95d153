package io.marquee.sales.boundary;

import io.marquee.ordering.boundary.SaleFixture;
import io.marquee.ordering.control.SandboxPayments;
import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reservation, sale and refund becomes one sales fact with the buyer's traffic source, and the
 * publisher numbers the facts without gaps or repeats however many orders commit at once.
 */
class SalesFactsIT {

    static SystemUnderTest sut;
    static SaleFixture sale;

    @BeforeAll
    static void eventOnSale() {
        sut = SystemUnderTest.get();
        sale = SaleFixture.onSale(sut::uri, sut.jdbcUrl(), SaleFixture.key(sut.jdbcUrl(), "northern-lights"), 500, 4);
    }

    @Test
    void anOrdersLifeIsFourFactsInOrderWithItsTrafficSource() {
        String orderId = buy(2, "\"utmSource\":\"newsletter\",\"utmMedium\":\"email\",\"referrerHost\":\"news.example\"");
        assertThat(sale.post("orders/" + orderId + "/refunds", "{\"amount\":5.00}").status()).isEqualTo(201);
        assertThat(sale.post("orders/" + orderId + "/refunds", "{}").status()).isEqualTo(201);

        String facts = "select string_agg(kind || ' ' || tickets || ' ' || gross::numeric(10,2) || ' ' || source, ', ' "
                + "order by seq) from sales_fact where order_public_id = '" + orderId + "' and seq is not null";
        awaitCount("select count(*) from sales_fact where order_public_id = '" + orderId + "' and seq is not null", 4);
        assertThat(PartnerFixture.text(sut, facts)).isEqualTo("reservation 2 20.00 newsletter, sale 2 20.00 newsletter, "
                + "refund 0 -5.00 newsletter, refund -2 -15.00 newsletter");
        assertThat(PartnerFixture.text(sut, "select lines::text from sales_fact where order_public_id = '" + orderId
                + "' and kind = 'sale'")).contains("\"quantity\": 2", "\"amount\": \"20.0000\"", "\"ticketType\": \"Stream\"");
        assertThat(PartnerFixture.text(sut, "select string_agg(l->>'amount', ',' order by f.seq) from sales_fact f, "
                + "jsonb_array_elements(f.lines) l where f.order_public_id = '" + orderId + "' and f.kind = 'refund'"))
                .isEqualTo("-5.0000,-15.0000");
    }

    @Test
    void concurrentSalesAreNumberedWithoutGapsOrRepeats() throws Exception {
        ExecutorService buyers = Executors.newFixedThreadPool(8);
        List<Future<String>> bought = IntStream.range(0, 40)
                .mapToObj(i -> buyers.submit(() -> buy(1, "\"referrerHost\":\"social.example\""))).toList();
        for (Future<String> order : bought) {
            order.get();
        }
        buyers.shutdown();
        awaitCount("select count(*) from sales_fact f join customer_order o on o.id = f.order_id "
                + "where o.event_id = " + sale.eventId() + " and o.referrer_host = 'social.example' and f.seq is not null", 80);
        awaitCount("select count(*) from sales_fact where seq is null", 0);
        assertThat(sale.count("select max(seq) from sales_fact")).isEqualTo(sale.count("select count(*) from sales_fact"));
        assertThat(sale.count("select count(*) from sales_fact where source = 'social.example' and order_id in "
                + "(select id from customer_order where event_id = " + sale.eventId() + ")")).isEqualTo(80);
    }

    private static String buy(int quantity, String source) {
        String body = sale.orderBody(quantity, "EUR");
        Http.Answer reserved = sale.post("orders", body.substring(0, body.length() - 1) + "," + source + "}");
        assertThat(reserved.status()).as(reserved.body()).isEqualTo(201);
        String orderId = reserved.json().getString("id");
        Http.Answer paid = sale.post("orders/" + orderId + "/payments", "{\"cardNumber\":\"" + SandboxPayments.SUCCEEDS + "\"}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        return orderId;
    }

    private static void awaitCount(String sql, long expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (sale.count(sql) != expected && Instant.now().isBefore(deadline)) {
            sleep();
        }
        assertThat(sale.count(sql)).as(sql).isEqualTo(expected);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
