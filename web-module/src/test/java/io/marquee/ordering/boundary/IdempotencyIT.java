package io.marquee.ordering.boundary;

import io.marquee.ordering.control.SandboxPayments;
import io.marquee.testing.Http;
import io.marquee.testing.SystemUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Idempotency-Key on order creation and payment: 100 concurrent duplicates make one order and one
 * payment; a repeat replays the first answer; the same key with another body is 422; keys are per partner.
 */
class IdempotencyIT {

    static SystemUnderTest sut;
    static SaleFixture sale;

    @BeforeAll
    static void eventOnSale() {
        sut = SystemUnderTest.get();
        sale = SaleFixture.onSale(sut::uri, sut.jdbcUrl(), SaleFixture.key(sut.jdbcUrl(), "northern-lights"), 500, 4);
    }

    @Test
    void aHundredConcurrentDuplicatesMakeOneOrderAndOnePayment() throws Exception {
        SaleFixture sale = SaleFixture.onSale(sut::uri, sut.jdbcUrl(), IdempotencyIT.sale.key(), 500, 4);
        String key = UUID.randomUUID().toString();
        List<Http.Answer> created = concurrently(100, () -> send("orders", key, sale.orderBody(2, "EUR")));

        assertThat(sale.orders()).isEqualTo(1);
        assertThat(sale.taken()).isEqualTo(2);
        assertThat(created).allSatisfy(a -> assertThat(a.status()).as(a.body()).isIn(201, 409));
        List<String> ids = created.stream().filter(a -> a.status() == 201).map(a -> a.json().getString("id")).distinct().toList();
        assertThat(ids).hasSize(1);
        assertThat(created.stream().filter(a -> a.status() == 409))
                .allSatisfy(a -> assertThat(a.json().getString("type")).endsWith("idempotency-key-in-flight"));

        String orderId = ids.get(0);
        String payKey = UUID.randomUUID().toString();
        List<Http.Answer> paid = concurrently(100, () -> send("orders/" + orderId + "/payments", payKey,
                "{\"cardNumber\":\"" + SandboxPayments.SUCCEEDS + "\"}"));

        assertThat(paid).allSatisfy(a -> assertThat(a.status()).as(a.body()).isIn(201, 409));
        long orderPk = sale.count("select id from customer_order where public_id = '" + orderId + "'");
        assertThat(sale.count("select count(*) from payment where order_id = " + orderPk)).isEqualTo(1);
        assertThat(sale.count("select count(*) from ticket where order_id = " + orderPk)).isEqualTo(2);
        assertThat(sale.count("select count(*) from ledger_entry where order_id = " + orderPk)).isEqualTo(1);

        Http.Answer replay = send("orders", key, sale.orderBody(2, "EUR"));
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.json().getString("id")).isEqualTo(orderId);
        assertThat(replay.json().getString("status")).as("the first answer, as it was").isEqualTo("reserved");
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndKeysArePerPartner() {
        String key = UUID.randomUUID().toString();
        assertThat(send("orders", key, sale.orderBody(1, "EUR")).status()).isEqualTo(201);
        long orders = sale.orders();

        Http.Answer other = send("orders", key, sale.orderBody(3, "EUR"));

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().getString("type")).endsWith("idempotency-key-reused");
        assertThat(sale.orders()).isEqualTo(orders);
        String otherPartner = SaleFixture.key(sut.jdbcUrl(), "northern-lights");
        Http.Answer samekeyOtherPartner = Http.send(Http.request(sut.uri("api/v1/orders"), otherPartner)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(sale.orderBody(1, "EUR"))).build());
        assertThat(samekeyOtherPartner.status()).isEqualTo(201);
        assertThat(sale.orders()).isEqualTo(orders + 1);
    }

    @Test
    void aRefusedRequestDoesNotUseUpItsKey() {
        String key = UUID.randomUUID().toString();
        assertThat(send("orders", key, sale.orderBody(0, "EUR")).status()).isEqualTo(400);
        assertThat(sale.count("select count(*) from idempotency_key where idem_key = '" + key + "'")).isZero();
    }

    static Http.Answer send(String path, String key, String body) {
        return Http.send(Http.request(sut.uri("api/v1/" + path), sale.key()).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static <T> List<T> concurrently(int n, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> futures = pool.invokeAll(IntStream.range(0, n).mapToObj(i -> call).toList());
            List<T> results = new java.util.ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
