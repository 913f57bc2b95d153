package io.marquee.ordering.boundary;

import io.marquee.platform.control.SecretBox;
import io.marquee.pricing.control.QuoteTokens;
import io.marquee.pricing.entity.IssuedQuote;
import io.marquee.testing.Http;
import io.marquee.testing.MicroServer;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Renting a title through the ordering flow at the price the pricing capability quoted: the order is
 * made from the quote, paid like every order, and its confirmation grants the title from the purchase
 * for the rental's length (capped at the licence end) with the quote's rights; a refund revokes it. A
 * quote that expired or whose price changed is refused with the price now as a fresh quote; one
 * altered or signed elsewhere is not known.
 */
class RentalIT {

    /** Signs as the servers of this JVM do: how a test makes a quote that has expired. */
    private static final QuoteTokens TOKENS = QuoteTokens.under(MicroServer.secrets());

    private final SystemUnderTest sut = SystemUnderTest.get();

    @Test
    void aTitleIsRentedAtTheQuotedPriceAndPlaysForTheRentalLength() {
        RentalFixture title = RentalFixture.title(sut, Instant.parse("2039-01-01T00:00:00Z"), 48);
        JsonObject quote = title.quote("GBP");
        String buyer = "renter-" + UUID.randomUUID() + "@example.org";

        Http.Answer rented = title.rent(quote.getString("quoteId"), buyer, null);

        assertThat(rented.status()).as(rented.body()).isEqualTo(201);
        JsonObject order = rented.json();
        assertThat(order.getString("status")).isEqualTo("reserved");
        assertThat(order.getJsonNumber("productId").longValue()).isEqualTo(title.productId());
        assertThat(order.getString("quoteId")).isEqualTo(quote.getString("quoteId"));
        assertThat(order.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("3.49");
        assertThat(order.getJsonNumber("tax").bigDecimalValue()).isEqualByComparingTo(quote.getJsonNumber("tax").bigDecimalValue());
        assertThat(rented.header("Location")).endsWith("/orders/" + order.getString("id"));

        Http.Answer paid = title.send("orders/" + order.getString("id") + "/payments", RentalFixture.CARD, null);
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        JsonObject confirmed = paid.json().getJsonObject("order");
        assertThat(confirmed.getString("status")).isEqualTo("confirmed");

        String ticket = title.ticketOf(order.getString("id"));
        JsonObject rights = title.rights(ticket);
        assertThat(rights.getBoolean("playable")).isTrue();
        assertThat(rights.getJsonArray("rights").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("10112", "hd");
        assertThat(rights.getJsonNumber("productId").longValue()).isEqualTo(title.productId());
        assertThat(rights.getString("productTitle")).startsWith("Rental test");
        Instant from = Instant.parse(rights.getString("validFrom"));
        assertThat(Instant.parse(rights.getString("validUntil"))).as("48 hours from the purchase")
                .isEqualTo(from.plus(Duration.ofHours(48)));
        // PostgreSQL keeps microseconds, rounding the last digit
        assertThat(from).isCloseTo(Instant.parse(confirmed.getString("confirmedAt")), within(1, ChronoUnit.MICROS));
        assertThat(rowsOf(order.getString("id"), "ledger_entry", "x.kind = 'sale' and x.gross = 3.49 "
                + "and x.fee = o.platform_fee and x.organiser_id = (select id from organiser where slug = 'northern-lights')"))
                .as("the sale is booked for the title's organiser, its fee as for tickets").isEqualTo(1);

        JsonObject viewers = Http.get(sut.uri("api/v1/rights/viewers?email=" + buyer), title.key()).jsonArray().getJsonObject(0);
        assertThat(viewers.getJsonNumber("productId").longValue()).isEqualTo(title.productId());
        JsonObject status = Http.get(sut.uri("api/v1/tickets/" + ticket), null).json();
        assertThat(status.getBoolean("rental")).isTrue();
        assertThat(status.getString("phase")).isEqualTo("live");
        assertThat(status.getString("endsAt")).isEqualTo(rights.getString("validUntil"));
    }

    @Test
    void aRentalBoughtNearTheLicenceEndEndsWithTheLicence() {
        Instant licenseEnd = Instant.now().plus(Duration.ofHours(10)).truncatedTo(ChronoUnit.SECONDS);
        RentalFixture title = RentalFixture.title(sut, licenseEnd, 48);
        JsonObject quote = title.quote("GBP");
        assertThat(Instant.parse(quote.getString("rentalEnd"))).as("the buyer is shown the shortened rental").isEqualTo(licenseEnd);

        String order = title.rentedAndPaid("late-" + UUID.randomUUID() + "@example.org");

        assertThat(Instant.parse(title.rights(title.ticketOf(order)).getString("validUntil"))).isEqualTo(licenseEnd);
    }

    @Test
    void anExpiredQuoteIsRefusedWithTheCurrentPriceAndNothingIsWritten() {
        RentalFixture title = RentalFixture.title(sut, Instant.parse("2039-01-01T00:00:00Z"), 48);
        IssuedQuote issued = TOKENS.verify(title.quote("GBP").getString("quoteId"));
        // the same quote as it reads a second after its expiry
        String stale = TOKENS.sign(new IssuedQuote(null, issued.productId(), issued.tierLabel(), issued.currency(),
                issued.gross(), issued.net(), issued.tax(), issued.grants(), issued.rentalEnd(), issued.pricedAt(),
                Instant.now().minusSeconds(1))).id();

        Http.Answer refused = title.rent(stale, "late@example.org", UUID.randomUUID().toString());

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonObject problem = refused.json();
        assertThat(problem.getString("type")).endsWith("/quote-expired");
        assertThat(problem.getString("quoteId")).isEqualTo(stale);
        assertThat(problem.getString("field")).isEqualTo("quoteId");
        assertThat(problem.getString("rule")).isEqualTo("expired");
        assertThat(problem.getString("detail")).contains(stale).contains("expired");
        JsonObject current = problem.getJsonObject("currentPrice");
        assertThat(current.getJsonNumber("gross").bigDecimalValue()).isEqualByComparingTo("3.49");
        assertThat(current.getString("quoteId")).isNotEqualTo(stale);
        assertThat(title.orders()).as("no order").isZero();

        Http.Answer retried = title.rent(current.getString("quoteId"), "late@example.org", UUID.randomUUID().toString());
        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        assertThat(retried.json().getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("3.49");
    }

    @Test
    void aQuoteWhosePriceChangedIsRefusedWithTheNewPrice() throws InterruptedException {
        RentalFixture title = RentalFixture.title(sut, Instant.parse("2039-01-01T00:00:00Z"), 48);
        String before = title.quote("GBP").getString("quoteId");
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        Http.Answer change = Http.send("POST", sut.uri("api/v1/offer-templates/" + title.templateId() + "/absolute-tiers"),
                title.key(), "application/json", """
                        {"type": "Absolute", "absoluteStart": "%s", "absoluteEnd": "%s", "prices": {"GBP": 1.25},
                         "grantsReferences": ["10112", "hd"]}""".formatted(today.minus(Duration.ofDays(1)),
                        today.plus(Duration.ofDays(30))));
        assertThat(change.status()).as(change.body()).isEqualTo(201);
        awaitPrice(title, "1.25");

        Http.Answer refused = title.rent(before, "changed@example.org", null);

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        JsonObject problem = refused.json();
        assertThat(problem.getString("type")).endsWith("/quote-changed");
        assertThat(problem.getString("quoteId")).isEqualTo(before);
        assertThat(problem.getString("rule")).isEqualTo("price-changed");
        assertThat(problem.getString("detail")).contains("3.49").contains("1.25");
        JsonObject current = problem.getJsonObject("currentPrice");
        assertThat(current.getString("tier")).isEqualTo("A1");
        assertThat(current.getJsonNumber("gross").bigDecimalValue()).isEqualByComparingTo("1.25");
        assertThat(title.orders()).as("no order").isZero();

        Http.Answer retried = title.rent(current.getString("quoteId"), "changed@example.org", null);
        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        assertThat(retried.json().getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("1.25");
    }

    @Test
    void aRefundRevokesTheRental() {
        RentalFixture title = RentalFixture.title(sut, Instant.parse("2039-01-01T00:00:00Z"), 48);
        String order = title.rentedAndPaid("refund-" + UUID.randomUUID() + "@example.org");
        String ticket = title.ticketOf(order);
        assertThat(title.rights(ticket).getBoolean("playable")).isTrue();

        Http.Answer refund = title.send("orders/" + order + "/refunds", "{\"reason\":\"wrong film\"}", null);

        assertThat(refund.status()).as(refund.body()).isEqualTo(201);
        assertThat(title.rights(ticket).getString("status")).isEqualTo("revoked");
        assertThat(Http.get(sut.uri("api/v1/tickets/" + ticket), null).json().getString("phase")).isEqualTo("revoked");
        Http.Answer play = Http.send("POST", sut.uri("api/v1/playback"), null, "application/json",
                "{\"ticket\":\"" + ticket + "\",\"deviceId\":\"device-refunded\",\"deviceLabel\":\"Test\"}");
        assertThat(play.status()).isEqualTo(409);
        assertThat(rowsOf(order, "ledger_entry", "x.kind = 'refund' and x.gross = -3.49")).isEqualTo(1);
    }

    @Test
    void aRepeatedRentalOrPaymentWithItsIdempotencyKeyIsReplayedNotRepeated() {
        RentalFixture title = RentalFixture.title(sut, Instant.parse("2039-01-01T00:00:00Z"), 48);
        String quote = title.quote("EUR").getString("quoteId");
        String key = UUID.randomUUID().toString();

        Http.Answer first = title.rent(quote, "twice@example.org", key);
        Http.Answer again = title.rent(quote, "twice@example.org", key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().getString("id")).isEqualTo(first.json().getString("id"));
        assertThat(again.json().getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("3.99");
        assertThat(title.orders()).isEqualTo(1);

        String order = first.json().getString("id");
        String payKey = UUID.randomUUID().toString();
        Http.Answer paid = title.send("orders/" + order + "/payments", RentalFixture.CARD, payKey);
        Http.Answer paidAgain = title.send("orders/" + order + "/payments", RentalFixture.CARD, payKey);
        assertThat(paid.status()).isEqualTo(201);
        assertThat(paidAgain.status()).isEqualTo(201);
        assertThat(paidAgain.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(grantsOf(order)).isEqualTo(1);
        assertThat(rowsOf(order, "payment", "")).isEqualTo(1);
    }

    @Test
    void concurrentPaymentsOfOneRentalCaptureOnceAndGrantOnce() throws Exception {
        RentalFixture title = RentalFixture.title(sut, Instant.parse("2039-01-01T00:00:00Z"), 48);
        String order = title.rent(title.quote("GBP").getString("quoteId"), "race@example.org", null).json().getString("id");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> payments = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                payments.add(() -> title.send("orders/" + order + "/payments", RentalFixture.CARD, null).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(payments)) {
                statuses.add(status.get());
            }
            assertThat(statuses).containsOnlyOnce(201).filteredOn(s -> s != 201).containsOnly(409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(grantsOf(order)).isEqualTo(1);
        assertThat(rowsOf(order, "payment", "x.status = 'captured'")).isEqualTo(1);
        assertThat(rowsOf(order, "ticket", "")).isEqualTo(1);
    }

    @Test
    void badRentalRequestsNameTheFieldAndWriteNothing() {
        RentalFixture title = RentalFixture.title(sut, Instant.parse("2039-01-01T00:00:00Z"), 48);
        String quote = title.quote("GBP").getString("quoteId");
        long ordersBefore = PartnerFixture.count(sut, "select count(*) from customer_order");

        assertInvalid(title.rent(UUID.randomUUID().toString(), "a@example.org", null), "quoteId", "format");
        assertInvalid(title.rent("not-a-quote", "a@example.org", null), "quoteId", "format");
        assertInvalid(title.rent(QuoteTokens.under(SecretBox.of(SecretBox.newKey())).sign(TOKENS.verify(quote)).id(),
                "a@example.org", null), "quoteId", "known");
        assertInvalid(title.rent(altered(quote), "a@example.org", null), "quoteId", "known");
        assertInvalid(title.send("rentals", "{\"buyerEmail\":\"a@example.org\"}", null), "quoteId", "required");
        assertInvalid(title.rent(quote, "not-an-email", null), "buyerEmail", "email");
        String stranger = SaleFixture.otherOrganiserKey(sut.jdbcUrl());
        assertInvalid(Http.send("POST", sut.uri("api/v1/rentals"), stranger, "application/json",
                "{\"quoteId\":\"" + quote + "\",\"buyerEmail\":\"a@example.org\"}"), "quoteId", "known");
        Http.Answer malformed = title.send("rentals", "{\"quoteId\": ", null);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        assertThat(PartnerFixture.count(sut, "select count(*) from customer_order")).isEqualTo(ordersBefore);
    }

    /** The quote with its price lowered to 0.01 and its signature kept, as a buyer might try. */
    private static String altered(String quote) {
        String[] parts = quote.split("\\.");
        String terms = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(terms).contains("\n3.49\n");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                terms.replace("\n3.49\n", "\n0.01\n").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private static void assertInvalid(Http.Answer answer, String field, String rule) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonObject error = answer.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo(field);
        assertThat(error.getString("rule")).isEqualTo(rule);
    }

    private long grantsOf(String order) {
        return rowsOf(order, "entitlement", "");
    }

    /** Rows of {@code table} (as x) for the order (as o), where {@code condition} holds (empty: all). */
    private long rowsOf(String order, String table, String condition) {
        return PartnerFixture.count(sut, "select count(*) from " + table + " x join customer_order o on o.id = x.order_id "
                + "where o.public_id = '" + order + "'" + (condition.isEmpty() ? "" : " and " + condition));
    }

    private void awaitPrice(RentalFixture title, String gross) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            Http.Answer price = Http.get(sut.uri("api/v1/products/" + title.productId() + "/price?currency=GBP&at="
                    + Instant.now()), title.key());
            if (price.json().getJsonNumber("gross").bigDecimalValue().compareTo(new java.math.BigDecimal(gross)) == 0) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the price never became " + gross);
    }
}
