package io.marquee.pricing.boundary;

import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The worked example of pricing.md, row by row, through the REST API and the seed's document shapes. */
class PricingWorkedExampleIT {

    /** request time, purchasable, reason, tier, tier type, gross GBP, rental end (null: not checked). */
    record Row(String at, boolean purchasable, String reason, String tier, String tierType, String gross,
               String rentalEnd) {
    }

    static final List<Row> TABLE = List.of(
            new Row("2020-02-15T12:00:00Z", false, "NOT_STARTED", null, null, null, null),
            new Row("2020-03-15T12:00:00Z", true, null, "P1", "Precedent", "1.99", "2020-03-29T12:00:00Z"),
            new Row("2020-04-01T00:00:00Z", true, null, "P2", "Precedent", "2.99", "2020-04-15T00:00:00Z"),
            new Row("2020-05-21T12:00:00Z", true, null, "P2", "Precedent", "2.99", "2020-06-04T12:00:00Z"),
            new Row("2020-06-15T12:00:00Z", true, null, "P3", "Precedent", "0.99", "2020-06-29T12:00:00Z"),
            new Row("2020-06-30T23:59:59Z", true, null, "P3", "Precedent", "0.99", "2020-07-14T23:59:59Z"),
            new Row("2020-07-05T12:00:00Z", false, "AFTER_CUTOFF", "P3", "Precedent", null, null));

    static final Row BEFORE_CHANGE = new Row("2020-05-16T12:00:00Z", true, null, "P2", "Precedent", "2.99", null);
    static final Row AFTER_CHANGE = new Row("2020-05-16T12:00:00Z", true, null, "A1", "Absolute", "1.50",
            "2020-05-30T12:00:00Z");

    @Test
    void theSeedsTableHoldsThroughTheApiBeforeAndAfterThePriceChange() {
        SystemUnderTest sut = SystemUnderTest.get();
        String key = PartnerFixture.keyFor(sut, "northern-lights", "templates:write", "products:write", "catalog:read");
        String templateId = SeedDocuments.uniqueId("2851234");

        Http.Answer template = SeedDocuments.post(sut, "offer-templates", key, SeedDocuments.template(templateId));
        assertThat(template.status()).as(template.body()).isEqualTo(201);
        assertThat(template.json().getString("contractEndDate")).isEqualTo("2020-07-15T00:00:00Z");

        Http.Answer product = SeedDocuments.post(sut, "products", key,
                SeedDocuments.findingNemo(templateId, SeedDocuments.uniqueId("XXA1149520")));
        assertThat(product.status()).as(product.body()).isEqualTo(201);
        assertThat(product.json().getJsonArray("tiers")).extracting(tier -> ((JsonObject) tier).getString("label"))
                .containsExactly("P1", "P2", "P3");
        long productId = product.json().getJsonNumber("id").longValue();

        TABLE.forEach(row -> check(sut, key, productId, row));
        check(sut, key, productId, BEFORE_CHANGE);

        Http.Answer change = SeedDocuments.post(sut, "offer-templates/" + templateId + "/absolute-tiers", key,
                SeedDocuments.ABSOLUTE_TIER);
        assertThat(change.status()).as(change.body()).isEqualTo(201);

        check(sut, key, productId, AFTER_CHANGE);
        TABLE.forEach(row -> check(sut, key, productId, row));
    }

    private static void check(SystemUnderTest sut, String key, long productId, Row row) {
        Http.Answer answer = SeedDocuments.price(sut, key, productId, "currency=GBP&at=" + row.at());
        assertThat(answer.status()).as(row.at() + ": " + answer.body()).isEqualTo(200);
        JsonObject price = answer.json();
        assertThat(price.getBoolean("purchasable")).as(row.at()).isEqualTo(row.purchasable());
        assertThat(price.getString("reason", null)).as(row.at()).isEqualTo(row.reason());
        assertThat(price.getString("tier", null)).as(row.at()).isEqualTo(row.tier());
        assertThat(price.getString("tierType", null)).as(row.at()).isEqualTo(row.tierType());
        if (row.gross() != null) {
            assertThat(price.getJsonNumber("gross").bigDecimalValue()).as(row.at()).isEqualByComparingTo(row.gross());
            assertThat(price.getJsonNumber("net").bigDecimalValue().add(price.getJsonNumber("tax").bigDecimalValue()))
                    .isEqualByComparingTo(new BigDecimal(row.gross()));
            assertThat(price.getString("currency")).isEqualTo("GBP");
            assertThat(price.getJsonArray("grants").getString(0)).isEqualTo("10112");
        }
        if (row.rentalEnd() != null) {
            assertThat(price.getString("rentalEnd")).as(row.at()).isEqualTo(row.rentalEnd());
        }
    }
}
