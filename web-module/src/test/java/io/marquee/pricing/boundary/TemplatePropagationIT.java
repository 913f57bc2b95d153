package io.marquee.pricing.boundary;

import io.marquee.pricing.control.QuoteTokens;
import io.marquee.pricing.entity.IssuedQuote;
import io.marquee.testing.ConsoleClient;
import io.marquee.testing.Http;
import io.marquee.testing.MicroServer;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.ProductFile;
import io.marquee.testing.SystemUnderTest;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A template with more products than an edit re-prices at once: the edit answers at once, the
 * propagate-offer-template job re-materialises every product, quotes already issued keep their
 * price (a rental made from one pays it), and the catch-up timer finishes what a crash left behind.
 */
class TemplatePropagationIT {

    static final int PRODUCTS = 1_500;

    static SystemUnderTest sut;
    static String key;

    @BeforeAll
    static void key() {
        sut = SystemUnderTest.get();
        key = PartnerFixture.keyFor(sut, "northern-lights", "templates:write", "products:write", "catalog:read",
                "jobs:read", "orders:write", "orders:read");
    }

    @Test
    void anAbsoluteTierReachesEveryProductAndAnIssuedQuoteKeepsItsPrice() throws IOException {
        String templateId = templateWithProducts();
        List<Long> products = productIds(templateId);
        JsonObject quote = price(products.get(0));
        assertThat(quote.getJsonNumber("gross").bigDecimalValue()).isEqualByComparingTo("3.49");
        Http.Answer rented = post("rentals", "{\"quoteId\":\"" + quote.getString("quoteId")
                + "\",\"buyerEmail\":\"before-the-change@example.org\"}");
        assertThat(rented.status()).as(rented.body()).isEqualTo(201);

        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        Http.Answer change = SeedDocuments.post(sut, "offer-templates/" + templateId + "/absolute-tiers", key, """
                {"type": "Absolute", "absoluteStart": "%s", "absoluteEnd": "%s", "prices": {"GBP": 1.25},
                 "grantsReferences": ["10112"]}""".formatted(today.minus(Duration.ofDays(1)), today.plus(Duration.ofDays(30))));
        assertThat(change.status()).as(change.body()).isEqualTo(201);

        await(Duration.ofMinutes(2), () -> behind(templateId) == 0);
        for (long product : List.of(products.get(0), products.get(PRODUCTS / 2), products.get(PRODUCTS - 1))) {
            JsonObject now = price(product);
            assertThat(now.getString("tier")).isEqualTo("A1");
            assertThat(now.getJsonNumber("gross").bigDecimalValue()).isEqualByComparingTo("1.25");
        }
        assertThat(PartnerFixture.count(sut, "select count(*) from product_tier t join product p on p.id = t.product_id"
                + " join offer_template o on o.id = p.offer_template_id where o.reference = '" + templateId + "'"))
                .as("every product has the long tier and the new one").isEqualTo(2L * PRODUCTS);
        IssuedQuote issued = QuoteTokens.under(MicroServer.secrets()).verify(quote.getString("quoteId"));
        assertThat(issued.gross()).as("the quote issued before the change keeps its price").isEqualByComparingTo("3.49");
        assertThat(issued.expiresAt()).isAfter(Instant.now());
        Http.Answer paid = post("orders/" + rented.json().getString("id") + "/payments",
                "{\"cardNumber\":\"4242424242424242\"}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertThat(Http.get(sut.uri("api/v1/orders/" + rented.json().getString("id")), key).json()
                .getJsonNumber("total").bigDecimalValue()).as("the rental made before the change pays its quote")
                .isEqualByComparingTo("3.49");

        ConsoleClient console = new ConsoleClient(sut);
        console.login(SystemUnderTest.ADMIN, SystemUnderTest.ADMIN_PASSWORD);
        assertThat(console.get("console/admin/jobs.xhtml").body()).contains("propagate-offer-template",
                PRODUCTS + " written, " + PRODUCTS + " read of " + PRODUCTS);
    }

    @Test
    void theTimerCatchesUpOnProductsLeftBehind() throws IOException {
        String templateId = templateWithProducts();
        long newestTier = PartnerFixture.count(sut, "select max(t.id) from product_tier t join product p on p.id = t.product_id"
                + " join offer_template o on o.id = p.offer_template_id where o.reference = '" + templateId + "'");
        // what a crash mid-propagation leaves: products whose tiers are older than their template
        PartnerFixture.count(sut, "with left_behind as (update product p set template_version = template_version - 1"
                + " from offer_template o where o.id = p.offer_template_id and o.reference = '" + templateId + "'"
                + " and p.id % 3 = 0 returning 1) select count(*) from left_behind");
        assertThat(behind(templateId)).isEqualTo(PRODUCTS / 3);

        await(Duration.ofSeconds(150), () -> behind(templateId) == 0);
        assertThat(PartnerFixture.count(sut, "select count(*) from product_tier t join product p on p.id = t.product_id"
                + " join offer_template o on o.id = p.offer_template_id where o.reference = '" + templateId + "'"
                + " and t.id > " + newestTier)).as("re-materialised").isEqualTo(PRODUCTS / 3);
    }

    /** A template of one long tier at 3.49 since 2020, with PRODUCTS products ingested in bulk. */
    private static String templateWithProducts() throws IOException {
        String templateId = SeedDocuments.uniqueId("propagation");
        Http.Answer template = SeedDocuments.post(sut, "offer-templates", key, """
                {"id": "%s", "contentProviderId": "5112", "isTaxIncluded": true, "taxCode": "GBR-VAT",
                 "contractStartDate": "2020-01-01T00:00:00Z", "contractEndDate": "2040-01-01T00:00:00Z",
                 "tiers": [{"type": "Precedent", "order": 1, "duration": 240, "durationUnits": "months",
                            "prices": {"GBP": 3.49}, "grantsReferences": ["10112"]}]}""".formatted(templateId));
        assertThat(template.status()).as(template.body()).isEqualTo(201);
        Path file = ProductFile.write(Files.createTempFile("propagation", ".ndjson"), templateId, templateId, PRODUCTS,
                Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2039-01-01T00:00:00Z"));
        String bulkKey = PartnerFixture.keyFor(sut, "northern-lights", "products:write", "jobs:read");
        Http.Answer accepted = ProductFile.upload(sut.base(), bulkKey, file);
        Files.delete(file);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String job = "api/v1/jobs/" + accepted.json().getJsonNumber("jobId");
        await(Duration.ofMinutes(2), () -> Http.get(sut.uri(job), bulkKey).json().getString("status").equals("COMPLETED"));
        assertThat(productIds(templateId)).hasSize(PRODUCTS);
        return templateId;
    }

    private static List<Long> productIds(String templateId) {
        try (Connection connection = sut.connect(); PreparedStatement statement = connection.prepareStatement(
                "select p.id from product p join offer_template o on o.id = p.offer_template_id where o.reference = ?"
                        + " order by p.id")) {
            statement.setString(1, templateId);
            try (ResultSet rows = statement.executeQuery()) {
                List<Long> ids = new ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
                return ids;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long behind(String templateId) {
        return PartnerFixture.count(sut, "select count(*) from product p join offer_template o on o.id = p.offer_template_id"
                + " where o.reference = '" + templateId + "' and p.template_version <> o.version");
    }

    private static Http.Answer post(String path, String json) {
        return Http.send("POST", sut.uri("api/v1/" + path), key, "application/json", json);
    }

    private static JsonObject price(long productId) {
        Http.Answer answer = SeedDocuments.price(sut, key, productId, "currency=GBP");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static void await(Duration patience, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(patience);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("still waiting after " + patience).isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
