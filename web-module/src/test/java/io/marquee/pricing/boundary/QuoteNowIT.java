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
        long productId = onSaleNow();
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
        long productId = onSaleNow();
        long before = quotes();

        Http.Answer refused = Http.send(Http.request(sut.uri("api/v1/products/" + productId + "/price?currency=GBP"), key)
                .header("If-Match", "\"not-the-price\"").GET().build());

        assertThat(refused.status()).isEqualTo(412);
        assertThat(quotes()).isEqualTo(before);
    }

    private static long quotes() {
        return PartnerFixture.count(sut, "select count(*) from issued_quote");
    }

    private static long onSaleNow() {
        String templateId = SeedDocuments.uniqueId("long-run");
        String template = """
                {"id": "%s", "contentProviderId": "5112", "isTaxIncluded": true, "taxCode": "GBR-VAT",
                 "contractStartDate": "2020-01-01T00:00:00Z", "contractEndDate": "2040-01-01T00:00:00Z",
                 "tiers": [{"type": "Precedent", "order": 1, "duration": 240, "durationUnits": "months",
                            "prices": {"GBP": 3.49}, "grantsReferences": ["10112"]}]}
                """.formatted(templateId);
        assertThat(SeedDocuments.post(sut, "offer-templates", key, template).status()).isEqualTo(201);
        String product = """
                {"editorialRef": "%s", "offerTemplateId": "%s", "title": "A Long Run", "genre": "film",
                 "offerings": ["TVOD"], "offerStartDate": "2020-01-01T00:00:00Z", "offerEndDate": "2039-01-01T00:00:00Z",
                 "licenseStartDate": "2020-01-01T00:00:00Z", "licenseEndDate": "2039-01-01T00:00:00Z",
                 "rentalDuration": 48, "durationUnits": "hour"}
                """.formatted(SeedDocuments.uniqueId("LONG"), templateId);
        Http.Answer created = SeedDocuments.post(sut, "products", key, product);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }
}
