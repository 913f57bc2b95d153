package io.marquee.ordering.boundary;

import io.marquee.ordering.control.SandboxPayments;
import io.marquee.testing.Http;
import io.marquee.testing.SystemUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The buyer's return and the provider's webhook complete the same payment at the same moment: one
 * confirmation, one ledger sale, one set of tickets, one ticket email, for each of 20 orders.
 */
class PaymentRaceIT {

    /** The embedded default's webhook secret (marquee.payments.sandbox.webhook-secret). */
    static final String SECRET = "sandbox-webhook-secret";

    static SystemUnderTest sut;
    static SaleFixture sale;

    @BeforeAll
    static void eventOnSale() {
        sut = SystemUnderTest.get();
        sale = SaleFixture.onSale(sut::uri, sut.jdbcUrl(), SaleFixture.key(sut.jdbcUrl(), "northern-lights"), 200, 4);
    }

    @Test
    void theReturnAndTheWebhookConfirmOnce() throws Exception {
        for (int i = 0; i < 20; i++) {
            String orderId = sale.post("orders", sale.orderBody(3, "EUR")).json().getString("id");
            Http.Answer waiting = OrderingApiIT.pay(sale, orderId, SandboxPayments.NEEDS_BUYER_ACTION);
            assertThat(waiting.status()).as(waiting.body()).isEqualTo(202);
            String paymentRef = waiting.json().getString("paymentRef");

            List<Http.Answer> answers = both(() -> sale.post("orders/" + orderId + "/payments/" + paymentRef + "/return", ""),
                    () -> webhook("{\"type\":\"payment.succeeded\",\"paymentRef\":\"" + paymentRef + "\"}"));

            assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(201));
            long orderPk = sale.count("select id from customer_order where public_id = '" + orderId + "'");
            assertThat(sale.count("select count(*) from customer_order where status = 'confirmed' and id = " + orderPk)).isEqualTo(1);
            assertThat(sale.count("select count(*) from payment where status = 'captured' and order_id = " + orderPk)).isEqualTo(1);
            assertThat(sale.count("select count(*) from ledger_entry where order_id = " + orderPk)).isEqualTo(1);
            assertThat(sale.count("select count(*) from ticket where order_id = " + orderPk)).isEqualTo(3);
            assertThat(sale.count("select count(*) from ticket_email where order_id = " + orderPk)).isEqualTo(1);
        }
    }

    @Test
    void aWebhookRepeatedByTheProviderChangesNothing() {
        String orderId = sale.post("orders", sale.orderBody(1, "EUR")).json().getString("id");
        String paymentRef = OrderingApiIT.pay(sale, orderId, SandboxPayments.NEEDS_BUYER_ACTION).json().getString("paymentRef");
        String body = "{\"type\":\"payment.succeeded\",\"paymentRef\":\"" + paymentRef + "\"}";
        for (int i = 0; i < 3; i++) {
            assertThat(webhook(body).status()).isEqualTo(201);
        }
        assertThat(sale.count("select count(*) from ticket t join customer_order o on o.id = t.order_id "
                + "where o.public_id = '" + orderId + "'")).isEqualTo(1);
        assertThat(webhook(body.replace("succeeded", "succeeded ")).status()).as("a changed body").isEqualTo(400);
    }

    static Http.Answer webhook(String body) {
        return Http.send(Http.request(sut.uri("api/v1/payments/sandbox/webhook"), null)
                .header("Content-Type", "application/json")
                .header(SandboxPayments.SIGNATURE_HEADER, SandboxPayments.signature(SECRET, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static List<Http.Answer> both(Callable<Http.Answer> one, Callable<Http.Answer> other) throws Exception {
        CompletableFuture<Http.Answer> first = CompletableFuture.supplyAsync(() -> call(one));
        CompletableFuture<Http.Answer> second = CompletableFuture.supplyAsync(() -> call(other));
        return List.of(first.get(), second.get());
    }

    private static Http.Answer call(Callable<Http.Answer> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
