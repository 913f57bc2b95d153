package io.marquee.ordering.boundary;

import io.marquee.ordering.control.SandboxPayments;
import io.marquee.testing.Http;
import io.marquee.testing.SystemUnderTest;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner's ordering journey over HTTP: bad input answers 400 naming field and rule with nothing
 * written, another organiser's event is not found, a paid order is confirmed with tickets, a ticket email
 * queued and a ledger sale; refunds reverse the ledger; a cancelled order frees its tickets.
 */
class OrderingApiIT {

    static SystemUnderTest sut;
    static SaleFixture sale;
    static long laterTypeId;
    static long hiddenTypeId;

    @BeforeAll
    static void eventOnSale() {
        sut = SystemUnderTest.get();
        sale = SaleFixture.onSale(sut::uri, sut.jdbcUrl(), SaleFixture.key(sut.jdbcUrl(), "northern-lights"), 100, 4);
        Instant now = Instant.now();
        laterTypeId = sale.post("events/" + sale.eventId() + "/ticket-types", "{\"name\":\"Replay\",\"capacity\":10,"
                + "\"maxPerOrder\":2,\"streamLimit\":1,\"saleStartsAt\":\"" + now.plus(Duration.ofDays(1))
                + "\",\"saleEndsAt\":\"" + now.plus(Duration.ofDays(2)) + "\",\"prices\":{\"EUR\":5.00}}")
                .json().getJsonNumber("id").longValue();
        hiddenTypeId = sale.post("events/" + sale.eventId() + "/ticket-types", "{\"name\":\"Backstage\",\"capacity\":10,"
                + "\"maxPerOrder\":2,\"streamLimit\":1,\"hidden\":true,\"saleStartsAt\":\"" + now.minus(Duration.ofHours(1))
                + "\",\"saleEndsAt\":\"" + now.plus(Duration.ofDays(2)) + "\",\"prices\":{\"EUR\":25.00}}")
                .json().getJsonNumber("id").longValue();
        assertThat(sale.post("events/" + sale.eventId() + "/promo-codes", "{\"code\":\"LASTYEAR\",\"percentOff\":50,"
                + "\"validFrom\":\"" + now.minus(Duration.ofDays(2)) + "\",\"validUntil\":\"" + now.minus(Duration.ofDays(1))
                + "\"}").status()).isEqualTo(201);
        assertThat(sale.post("events/" + sale.eventId() + "/promo-codes", "{\"code\":\"ONCE\",\"amountsOff\":{\"EUR\":3.00},"
                + "\"usageCap\":1,\"validFrom\":\"" + now.minus(Duration.ofDays(1)) + "\",\"validUntil\":\""
                + now.plus(Duration.ofDays(1)) + "\"}").status()).isEqualTo(201);
    }

    @Test
    void zeroAndNegativeQuantitiesAreRefused() {
        refused(sale.orderBody(0, "EUR"), "lines[0].quantity", "positive");
        refused(sale.orderBody(-3, "EUR"), "lines[0].quantity", "positive");
    }

    @Test
    void moreThanThePerOrderMaximumIsRefused() {
        refused(sale.orderBody(5, "EUR"), "lines[0].quantity", "max-per-order");
    }

    @Test
    void anUnknownOrHiddenTicketTypeIsRefused() {
        refused(line(999_999_999L, 1, "EUR", null), "lines[0].ticketTypeId", "known");
        refused(line(hiddenTypeId, 1, "EUR", null), "lines[0].ticketTypeId", "known");
    }

    @Test
    void aCurrencyTheTicketTypeHasNoPriceInIsRefused() {
        refused(sale.orderBody(1, "GBP"), "currency", "priced");
        refused(sale.orderBody(1, "XYZ"), "currency", "currency");
    }

    @Test
    void aClosedSaleWindowIsRefused() {
        refused(line(laterTypeId, 1, "EUR", null), "lines[0].ticketTypeId", "sale-window");
    }

    @Test
    void anExpiredPromoCodeIsRefused() {
        refused(line(sale.ticketTypeId(), 1, "EUR", "LASTYEAR"), "promoCode", "valid-window");
        refused(line(sale.ticketTypeId(), 1, "EUR", "NOSUCHCODE"), "promoCode", "known");
    }

    @Test
    void aUsedUpPromoCodeIsRefused() {
        Http.Answer first = sale.post("orders", line(sale.ticketTypeId(), 1, "EUR", "ONCE"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().getJsonNumber("discount").bigDecimalValue()).isEqualByComparingTo("3.00");
        assertThat(first.json().getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("7.00");
        refused(line(sale.ticketTypeId(), 1, "EUR", "ONCE"), "promoCode", "used-up");
    }

    @Test
    void aMissingEmailAndLinesAreNamed() {
        refused("{\"eventId\":" + sale.eventId() + ",\"currency\":\"EUR\"}", "lines", "required");
    }

    @Test
    void anotherOrganisersEventIsNotFound() {
        String stranger = SaleFixture.otherOrganiserKey(sut.jdbcUrl());
        long before = sale.orders();
        Http.Answer answer = Http.send("POST", sut.uri("api/v1/orders"), stranger, "application/json", sale.orderBody(1, "EUR"));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(sale.orders()).isEqualTo(before);
        assertThat(Http.get(sut.uri("api/v1/events/" + sale.eventId()), stranger).status()).isEqualTo(404);
    }

    @Test
    void aQuoteShowsTheDiscountAndTheFeeAndHoldsNothing() {
        long taken = sale.taken();
        long orders = sale.orders();

        Http.Answer quote = sale.post("orders/quote", "{\"eventId\":" + sale.eventId() + ",\"currency\":\"NOK\","
                + "\"lines\":[{\"ticketTypeId\":" + sale.ticketTypeId() + ",\"quantity\":3}]}");

        assertThat(quote.status()).as(quote.body()).isEqualTo(200);
        JsonObject q = quote.json();
        assertThat(q.getJsonNumber("subtotal").bigDecimalValue()).isEqualByComparingTo("300.00");
        assertThat(q.getJsonNumber("discount").bigDecimalValue()).isEqualByComparingTo("0");
        assertThat(q.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("300.00");
        assertThat(q.getJsonNumber("platformFee").bigDecimalValue()).isEqualByComparingTo("33.00");
        assertThat(q.getJsonArray("lines")).hasSize(1);
        assertThat(sale.taken()).isEqualTo(taken);
        assertThat(sale.orders()).isEqualTo(orders);
    }

    @Test
    void aPaidOrderIsConfirmedWithTicketsAnEmailAndALedgerSale() {
        JsonObject order = sale.post("orders", sale.orderBody(2, "EUR")).json();
        String id = order.getString("id");
        assertThat(order.getString("status")).isEqualTo("reserved");
        assertThat(order.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("20.00");
        assertThat(order.getJsonNumber("platformFee").bigDecimalValue()).isEqualByComparingTo("2.20");

        Http.Answer paid = pay(id, SandboxPayments.SUCCEEDS);

        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertThat(paid.json().getJsonObject("order").getString("status")).isEqualTo("confirmed");
        assertThat(Http.get(sut.uri("api/v1/orders/" + id + "/tickets"), sale.key()).jsonArray()).hasSize(2);
        long orderPk = sale.count("select id from customer_order where public_id = '" + id + "'");
        assertThat(sale.count("select count(*) from ticket_email where order_id = " + orderPk))
                .as("one ticket email, sent or about to be").isEqualTo(1);
        assertThat(sale.count("select count(*) from ledger_entry where kind = 'sale' and gross = 20 and fee = 2.2 "
                + "and net = 17.8 and order_id = " + orderPk)).isEqualTo(1);
        assertThat(pay(id, SandboxPayments.SUCCEEDS).status()).isEqualTo(409);

        Http.Answer partial = sale.post("orders/" + id + "/refunds", "{\"amount\":5.00,\"reason\":\"late start\"}");
        assertThat(partial.status()).as(partial.body()).isEqualTo(201);
        assertThat(sale.count("select count(*) from ledger_entry where kind = 'refund' and gross = -5 and fee = -0.55 "
                + "and order_id = " + orderPk)).isEqualTo(1);
        long takenBefore = sale.taken();
        Http.Answer rest = sale.post("orders/" + id + "/refunds", "{}");
        assertThat(rest.json().getJsonObject("order").getString("status")).isEqualTo("refunded");
        assertThat(sale.count("select count(*) from (select 1 from ledger_entry where order_id = " + orderPk
                + " having sum(gross) = 0 and sum(fee) = 0 and sum(net) = 0) netted")).as("the order nets to zero").isEqualTo(1);
        assertThat(sale.count("select count(*) from ticket where status = 'revoked' and order_id = " + orderPk)).isEqualTo(2);
        assertThat(sale.taken()).isEqualTo(takenBefore - 2);
        assertThat(sale.post("orders/" + id + "/refunds", "{}").status()).isEqualTo(409);
        assertThat(sale.count("select count(*) from audit_entry where action = 'order.refunded' and after_state like '%"
                + "late start%'")).isEqualTo(1);
    }

    @Test
    void aDeclinedCardLeavesTheOrderReservedAndACancelFreesTheTickets() {
        String id = sale.post("orders", sale.orderBody(3, "NOK")).json().getString("id");
        long taken = sale.taken();

        Http.Answer declined = pay(id, SandboxPayments.DECLINES);
        assertThat(declined.status()).isEqualTo(402);
        assertThat(declined.json().getString("type")).endsWith("payment-declined");
        assertThat(pay(id, SandboxPayments.PROVIDER_ERROR).status()).isEqualTo(502);
        assertThat(Http.get(sut.uri("api/v1/orders/" + id), sale.key()).json().getString("status")).isEqualTo("reserved");

        assertThat(sale.post("orders/" + id + "/cancel", "").json().getString("status")).isEqualTo("cancelled");
        assertThat(sale.taken()).isEqualTo(taken - 3);
        assertThat(pay(id, SandboxPayments.SUCCEEDS).status()).isEqualTo(409);
    }

    @Test
    void aWebhookWithAForgedSignatureIsRefused() {
        Http.Answer answer = Http.send(Http.request(sut.uri("api/v1/payments/sandbox/webhook"), null)
                .header("Content-Type", "application/json").header(SandboxPayments.SIGNATURE_HEADER, "00ff")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"type\":\"payment.succeeded\",\"paymentRef\":\"x\"}"))
                .build());
        assertThat(answer.status()).isEqualTo(400);
    }

    @Test
    void theLedgerShowsBalancesAndACsv() {
        Http.Answer ledger = Http.get(sut.uri("api/v1/organisers/" + sale.organiserId() + "/ledger"), sale.key());
        assertThat(ledger.status()).as(ledger.body()).isEqualTo(200);
        assertThat(ledger.json().getJsonArray("balances")).isNotEmpty();
        Http.Answer csv = Http.send(Http.request(sut.uri("api/v1/organisers/" + sale.organiserId() + "/ledger.csv"), sale.key())
                .header("Accept", "text/csv").GET().build());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("booked_at,kind,order,currency,gross,fee,net\n").contains(",sale,");
    }

    static Http.Answer pay(String orderId, String card) {
        return pay(sale, orderId, card);
    }

    static Http.Answer pay(SaleFixture sale, String orderId, String card) {
        return sale.post("orders/" + orderId + "/payments", "{\"cardNumber\":\"" + card + "\"}");
    }

    private static String line(long typeId, int quantity, String currency, String promo) {
        return "{\"eventId\":" + sale.eventId() + ",\"currency\":\"" + currency + "\",\"buyerEmail\":\"b@example.com\","
                + (promo == null ? "" : "\"promoCode\":\"" + promo + "\",")
                + "\"lines\":[{\"ticketTypeId\":" + typeId + ",\"quantity\":" + quantity + "}]}";
    }

    private static void refused(String body, String field, String rule) {
        refused(sale, body, field, rule);
    }

    /**
     * A 400 naming the field and rule, and nothing written: no order, no line, no payment, nothing taken,
     * no promo use.
     */
    static void refused(SaleFixture sale, String body, String field, String rule) {
        long orders = sale.orders();
        long lines = sale.count("select count(*) from order_line");
        long payments = sale.count("select count(*) from payment");
        long taken = sale.count("select coalesce(sum(taken), 0) from ticket_type where event_id = " + sale.eventId());
        long used = sale.count("select coalesce(sum(used), 0) from promo_code where event_id = " + sale.eventId());

        Http.Answer answer = sale.post("orders", body);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().getJsonArray("errors").stream().map(JsonObject.class::cast)
                .anyMatch(e -> e.getString("field").equals(field) && e.getString("rule").equals(rule)))
                .as("%s names %s/%s", answer.body(), field, rule).isTrue();
        assertThat(sale.orders()).isEqualTo(orders);
        assertThat(sale.count("select count(*) from order_line")).isEqualTo(lines);
        assertThat(sale.count("select count(*) from payment")).isEqualTo(payments);
        assertThat(sale.count("select coalesce(sum(taken), 0) from ticket_type where event_id = " + sale.eventId())).isEqualTo(taken);
        assertThat(sale.count("select coalesce(sum(used), 0) from promo_code where event_id = " + sale.eventId())).isEqualTo(used);
    }
}
