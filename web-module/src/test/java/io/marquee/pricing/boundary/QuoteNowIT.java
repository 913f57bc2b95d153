package io.marquee.pricing.boundary;

import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The price now without preconditions (a checkout) prices and quotes in one go; with them, as before. */
class QuoteNowIT {

    static SystemUnderTest sut;
    static String key;

    @BeforeAll
    static void server() {
        sut = SystemUnderTest.get();
        key = PartnerFixture.keyFor(sut, "northern-lights", "templates:write", "products:write", "catalog:read");
    }

    @Test
    void aPurchasablePriceNowRecordsTheQuoteItAnswers() {
        long productId = SeedDocuments.productOnSaleNow(sut, key);
        long before = quotes();

        Http.Answer now = SeedDocuments.price(sut, key, productId, "currency=GBP");

        assertThat(now.status()).as(now.body()).isEqualTo(200);
        JsonObject json = now.json();
        assertThat(json.getBoolean("purchasable")).isTrue();
        assertThat(now.header("ETag")).isNotBlank();
        assertThat(now.header("Cache-Control")).contains("max-age=");
        assertThat(quotes()).isEqualTo(before + 1);
        assertThat(PartnerFixture.count(sut, "select count(*) from issued_quote where id = '" + json.getString("quoteId")
                + "' and product_id = " + productId + " and gross = 3.49 and tier_label = 'P1'")).isEqualTo(1);
    }

    @Test
    void aPriceNowThatCannotBeBoughtRecordsNoQuote() {
        String templateId = SeedDocuments.uniqueId("2851234");
        assertThat(SeedDocuments.post(sut, "offer-templates", key, SeedDocuments.template(templateId)).status()).isEqualTo(201);
        Http.Answer product = SeedDocuments.post(sut, "products", key,
                SeedDocuments.findingNemo(templateId, SeedDocuments.uniqueId("XXA1149520")));
        long before = quotes();

        Http.Answer now = SeedDocuments.price(sut, key, product.json().getJsonNumber("id").longValue(), "currency=GBP");

        assertThat(now.status()).as(now.body()).isEqualTo(200);
        assertThat(now.json().getBoolean("purchasable")).isFalse();
        assertThat(now.json().getString("reason")).isEqualTo("ENDED");
        assertThat(now.json().containsKey("quoteId")).isFalse();
        assertThat(quotes()).isEqualTo(before);
    }

    @Test
    void aFailedIfMatchRecordsNoQuote() {
        long productId = SeedDocuments.productOnSaleNow(sut, key);
        long before = quotes();

        Http.Answer refused = Http.send(Http.request(sut.uri("api/v1/products/" + productId + "/price?currency=GBP"), key)
                .header("If-Match", "\"not-the-price\"").GET().build());

        assertThat(refused.status()).isEqualTo(412);
        assertThat(quotes()).isEqualTo(before);
    }

    private static long quotes() {
        return PartnerFixture.count(sut, "select count(*) from issued_quote");
    }
}
