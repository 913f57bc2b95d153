package io.marquee.ordering.boundary;

import io.marquee.ordering.control.SandboxPayments;
import io.marquee.testing.Http;
import io.marquee.testing.SystemUnderTest;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-request checkout: {@code POST /api/v1/orders} with the card in the body reserves, pays and
 * confirms at once, or leaves nothing behind (sold out, declined card, bad input); it keeps the
 * Idempotency-Key rules of order creation.
 */
class CheckoutIT {

    static SystemUnderTest sut;
    static SaleFixture sale;

    @BeforeAll
    static void eventOnSale() {
        sut = SystemUnderTest.get();
        sale = SaleFixture.onSale(sut::uri, sut.jdbcUrl(), SaleFixture.key(sut.jdbcUrl(), "northern-lights"), 500, 4);
    }

    @Test
    void aCheckoutConfirmsAtOnceWithTicketsEmailLedgerGrantsAndFacts() throws Exception {
        String buyer = "checkout-" + UUID.randomUUID() + "@example.org";
        long taken = sale.taken();

        Http.Answer bought = sale.post("orders", checkout(2, buyer, SandboxPayments.SUCCEEDS));

        assertThat(bought.status()).as(bought.body()).isEqualTo(201);
        JsonObject payment = bought.json();
        assertThat(payment.getString("status")).isEqualTo("captured");
        assertThat(payment.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("20.00");
        String id = payment.getJsonObject("order").getString("id");
        assertThat(payment.getJsonObject("order").getString("status")).isEqualTo("confirmed");
        assertThat(bought.header("Location")).endsWith("/" + id);
        assertThat(sale.taken()).isEqualTo(taken + 2);
        List<String> tokens = Http.get(sut.uri("api/v1/orders/" + id + "/tickets"), sale.key()).jsonArray().stream()
                .map(t -> ((JsonObject) t).getString("token")).toList();
        assertThat(tokens).hasSize(2);
        long orderPk = sale.count("select id from customer_order where public_id = '" + id + "'");
        assertThat(sale.count("select count(*) from payment where status = 'captured' and order_id = " + orderPk)).isEqualTo(1);
        assertThat(sale.count("select count(*) from ledger_entry where kind = 'sale' and gross = 20 and fee = 2.2 "
                + "and net = 17.8 and order_id = " + orderPk)).isEqualTo(1);
        assertThat(sale.count("select count(*) from entitlement where revoked_at is null and order_id = " + orderPk))
                .as("a grant per ticket").isEqualTo(2);
        assertThat(sale.count("select count(*) from sales_fact where order_id = " + orderPk
                + " and kind in ('reservation', 'sale') and tickets = 2")).isEqualTo(2);

        MimeMessage email = SystemUnderTest.mailbox().awaitOneTo(buyer, Duration.ofSeconds(30));
        assertThat(email.getSubject()).startsWith("Your ticket");
        Thread.sleep(4500);
        assertThat(SystemUnderTest.mailbox().to(buyer)).as("sent once").hasSize(1);

        Http.Answer refunded = sale.post("orders/" + id + "/refunds", "{}");
        assertThat(refunded.status()).as(refunded.body()).isEqualTo(201);
        assertThat(sale.count("select count(*) from entitlement where revoked_at is not null and order_id = " + orderPk))
                .as("a checkout's order refunds like any other").isEqualTo(2);
    }

    @Test
    void theLastTicketGoesToOneBuyerAndTheNextIsToldItIsSoldOutWithNothingWritten() {
        SaleFixture lastOne = SaleFixture.onSale(sut::uri, sut.jdbcUrl(), sale.key(), 1, 1);
        assertThat(lastOne.post("orders", lastOne.checkoutBody(1, "EUR", SandboxPayments.SUCCEEDS)).status()).isEqualTo(201);

        Http.Answer late = lastOne.post("orders", lastOne.checkoutBody(1, "EUR", SandboxPayments.SUCCEEDS));

        assertThat(late.status()).as(late.body()).isEqualTo(409);
        assertThat(late.contentType()).startsWith("application/problem+json");
        assertThat(late.json().getString("type")).endsWith("sold-out");
        assertThat(lastOne.taken()).isEqualTo(1);
        assertThat(lastOne.orders()).isEqualTo(1);
        assertThat(lastOne.count("select count(*) from payment p join customer_order o on o.id = p.order_id "
                + "where o.event_id = " + lastOne.eventId())).isEqualTo(1);
        assertThat(lastOne.count("select count(*) from sales_fact where event_id = " + lastOne.eventId())).isEqualTo(2);
    }

    @Test
    void aDeclinedCardOrAProviderErrorLeavesNothingHeldOrWritten() {
        long taken = sale.taken();
        long orders = sale.orders();
        long payments = sale.count("select count(*) from payment");

        Http.Answer declined = sale.post("orders", sale.checkoutBody(2, "EUR", SandboxPayments.DECLINES));
        Http.Answer failed = sale.post("orders", sale.checkoutBody(2, "EUR", SandboxPayments.PROVIDER_ERROR));

        assertThat(declined.status()).as(declined.body()).isEqualTo(402);
        assertThat(declined.contentType()).startsWith("application/problem+json");
        assertThat(declined.json().getString("type")).endsWith("payment-declined");
        assertThat(failed.status()).as(failed.body()).isEqualTo(502);
        assertThat(failed.json().getString("type")).endsWith("payment-provider-error");
        assertThat(sale.taken()).isEqualTo(taken);
        assertThat(sale.orders()).isEqualTo(orders);
        assertThat(sale.count("select count(*) from payment")).isEqualTo(payments);
    }

    @Test
    void aCardThatNeedsTheBuyerLeavesTheOrderReservedUntilTheBuyerReturns() {
        long taken = sale.taken();

        Http.Answer waiting = sale.post("orders", sale.checkoutBody(1, "EUR", SandboxPayments.NEEDS_BUYER_ACTION));

        assertThat(waiting.status()).as(waiting.body()).isEqualTo(202);
        assertThat(waiting.json().getString("status")).isEqualTo("authorised");
        String id = waiting.json().getJsonObject("order").getString("id");
        assertThat(waiting.json().getJsonObject("order").getString("status")).isEqualTo("reserved");
        assertThat(sale.taken()).isEqualTo(taken + 1);

        Http.Answer returned = sale.post("orders/" + id + "/payments/" + waiting.json().getString("paymentRef") + "/return", "");
        assertThat(returned.status()).as(returned.body()).isEqualTo(201);
        assertThat(returned.json().getJsonObject("order").getString("status")).isEqualTo("confirmed");
    }

    @Test
    void aHundredConcurrentDuplicatesMakeOneConfirmedOrderAndARepeatGetsTheFirstAnswer() throws Exception {
        SaleFixture fresh = SaleFixture.onSale(sut::uri, sut.jdbcUrl(), sale.key(), 500, 4);
        String key = UUID.randomUUID().toString();
        String body = fresh.checkoutBody(2, "EUR", SandboxPayments.SUCCEEDS);

        List<Http.Answer> answers = IdempotencyIT.concurrently(100, () -> send(key, body));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isIn(201, 409));
        assertThat(answers.stream().filter(a -> a.status() == 409))
                .allSatisfy(a -> assertThat(a.json().getString("type")).endsWith("idempotency-key-in-flight"));
        List<String> ids = answers.stream().filter(a -> a.status() == 201)
                .map(a -> a.json().getJsonObject("order").getString("id")).distinct().toList();
        assertThat(ids).hasSize(1);
        assertThat(fresh.orders()).isEqualTo(1);
        assertThat(fresh.taken()).isEqualTo(2);
        long orderPk = fresh.count("select id from customer_order where public_id = '" + ids.get(0) + "'");
        assertThat(fresh.count("select count(*) from payment where order_id = " + orderPk)).isEqualTo(1);
        assertThat(fresh.count("select count(*) from ticket where order_id = " + orderPk)).isEqualTo(2);
        assertThat(fresh.count("select count(*) from ledger_entry where order_id = " + orderPk)).isEqualTo(1);
        assertThat(fresh.count("select count(*) from ticket_email where order_id = " + orderPk)).isEqualTo(1);

        Http.Answer replay = send(key, body);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.json().getJsonObject("order").getString("id")).isEqualTo(ids.get(0));
        Http.Answer otherBody = send(key, fresh.checkoutBody(1, "EUR", SandboxPayments.SUCCEEDS));
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(fresh.orders()).isEqualTo(1);
    }

    @Test
    void badInputIsABadRequestNamingFieldAndRuleWithNothingWritten() {
        refused(sale.checkoutBody(1, "EUR", "4242"), "payment.cardNumber", "format");
        refused(sale.orderBody(1, "EUR").replaceFirst("}$", ",\"payment\":{}}"), "payment.cardNumber", "format");
        refused(sale.checkoutBody(0, "EUR", SandboxPayments.SUCCEEDS), "lines[0].quantity", "positive");
        refused(sale.checkoutBody(5, "EUR", SandboxPayments.SUCCEEDS), "lines[0].quantity", "max-per-order");
        refused(sale.checkoutBody(1, "SEK", SandboxPayments.SUCCEEDS), "currency", "priced");
        refused(checkout(1, "not-an-email", SandboxPayments.SUCCEEDS), "buyerEmail", "email");
        Http.Answer otherOrganiser = Http.send("POST", sut.uri("api/v1/orders"), SaleFixture.otherOrganiserKey(sut.jdbcUrl()),
                "application/json", sale.checkoutBody(1, "EUR", SandboxPayments.SUCCEEDS));
        assertThat(otherOrganiser.status()).isEqualTo(404);
        assertThat(otherOrganiser.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theOpenApiDocumentShowsTheCheckout() {
        Http.Answer openApi = Http.get(sut.uri("openapi"), null);
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.body()).contains("one-request checkout");
    }

    private static String checkout(int quantity, String buyer, String card) {
        return sale.checkoutBody(quantity, "EUR", card).replace("buyer@example.com", buyer);
    }

    private static Http.Answer send(String key, String body) {
        return Http.send(Http.request(sut.uri("api/v1/orders"), sale.key()).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static void refused(String body, String field, String rule) {
        OrderingApiIT.refused(sale, body, field, rule);
    }
}
