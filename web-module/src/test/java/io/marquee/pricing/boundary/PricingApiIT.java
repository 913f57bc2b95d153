package io.marquee.pricing.boundary;

import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Template deletion, idempotent ingestion, caching of prices, quotes, tenancy and the OpenAPI document. */
class PricingApiIT {

    static SystemUnderTest sut;
    static String key;

    @BeforeAll
    static void server() {
        sut = SystemUnderTest.get();
        key = PartnerFixture.keyFor(sut, "northern-lights", "templates:read", "templates:write", "products:write",
                "catalog:read");
    }

    @Test
    void aTemplateInUseIsNotDeletedAndAnUnusedOneIs() {
        String used = templateWithProduct().templateId();
        Http.Answer refused = Http.send("DELETE", sut.uri("api/v1/offer-templates/" + used), key, null, null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Http.get(sut.uri("api/v1/offer-templates/" + used), key).status()).isEqualTo(200);

        String unused = SeedDocuments.uniqueId("unused");
        assertThat(SeedDocuments.post(sut, "offer-templates", key, SeedDocuments.template(unused)).status()).isEqualTo(201);
        assertThat(Http.send("DELETE", sut.uri("api/v1/offer-templates/" + unused), key, null, null).status()).isEqualTo(204);
        assertThat(Http.get(sut.uri("api/v1/offer-templates/" + unused), key).status()).isEqualTo(404);
    }

    @Test
    void editingATemplateRepricesItsProductsAtOnceAndIsAudited() {
        Seeded seeded = templateWithProduct();
        String cheaper = SeedDocuments.template(seeded.templateId()).replace("{\"GBP\": 1.99}", "{\"GBP\": 1.49}");

        Http.Answer edit = Http.send("PUT", sut.uri("api/v1/offer-templates/" + seeded.templateId()), key,
                "application/json", cheaper);

        assertThat(edit.status()).as(edit.body()).isEqualTo(200);
        Http.Answer price = SeedDocuments.price(sut, key, seeded.productId(), "currency=GBP&at=2020-03-15T12:00:00Z");
        assertThat(price.json().getJsonNumber("gross").bigDecimalValue()).isEqualByComparingTo("1.49");
        assertThat(PartnerFixture.count(sut, "select count(*) from audit_entry where action = 'offer-template.updated'"
                + " and before_state like '%1.99%' and after_state like '%1.49%'")).isPositive();
    }

    @Test
    void ingestingATitleAgainUpdatesItAndNeverDuplicates() {
        Seeded seeded = templateWithProduct();
        String again = SeedDocuments.findingNemo(seeded.templateId(), seeded.editorialRef())
                .replace("\"title\": \"Finding Nemo\"", "\"title\": \"Finding Nemo (HD)\"");

        Http.Answer second = SeedDocuments.post(sut, "products", key, again);

        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().getJsonNumber("id").longValue()).isEqualTo(seeded.productId());
        assertThat(second.json().getString("title")).isEqualTo("Finding Nemo (HD)");
        assertThat(PartnerFixture.count(sut, "select count(*) from product where editorial_ref = '"
                + seeded.editorialRef() + "'")).isEqualTo(1);
        assertThat(PartnerFixture.count(sut, "select count(*) from product_tier where product_id = "
                + seeded.productId())).isEqualTo(3);
    }

    @Test
    void aPriceAtAMomentCarriesAStrongETagAndAnswers304ToIt() {
        long productId = templateWithProduct().productId();
        Http.Answer first = SeedDocuments.price(sut, key, productId, "currency=GBP&at=2020-03-15T12:00:00Z");
        String etag = first.header("ETag");
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        assertThat(first.header("Cache-Control")).contains("max-age=86400");

        Http.Answer again = Http.send(Http.request(sut.uri("api/v1/products/" + productId
                + "/price?currency=GBP&at=2020-03-15T12:00:00Z"), key).header("If-None-Match", etag).GET().build());
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.header("ETag")).isEqualTo(etag);

        Http.Answer otherMoment = SeedDocuments.price(sut, key, productId, "currency=GBP&at=2020-04-15T12:00:00Z");
        assertThat(otherMoment.header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void aPriceNowIsCachedUntilItMayChangeAndCarriesAQuote() {
        long productId = SeedDocuments.productOnSaleNow(sut, key);
        Http.Answer now = SeedDocuments.price(sut, key, productId, "currency=GBP");

        assertThat(now.status()).as(now.body()).isEqualTo(200);
        assertThat(now.json().getBoolean("purchasable")).isTrue();
        assertThat(now.json().getString("quoteId")).isNotBlank();
        Instant expires = Instant.parse(now.json().getString("quoteExpiresAt"));
        assertThat(expires).isBetween(Instant.now().plus(Duration.ofMinutes(14)), Instant.now().plus(Duration.ofMinutes(16)));
        long maxAge = Long.parseLong(now.header("Cache-Control").replaceAll(".*max-age=(\\d+).*", "$1"));
        assertThat(maxAge).isBetween(800L, 900L);

        HttpRequest revalidate = Http.request(sut.uri("api/v1/products/" + productId + "/price?currency=GBP"), key)
                .header("If-None-Match", now.header("ETag")).GET().build();
        Http.Answer unchanged = Http.send(revalidate);
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).as("no quote with a 304").isEmpty();
    }

    @Test
    void badQueryParametersAreNamed() {
        long productId = templateWithProduct().productId();
        Http.Answer currency = SeedDocuments.price(sut, key, productId, "currency=ZZZ");
        assertThat(currency.status()).isEqualTo(400);
        assertThat(currency.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("currency");
        Http.Answer at = SeedDocuments.price(sut, key, productId, "currency=GBP&at=yesterday");
        assertThat(at.status()).isEqualTo(400);
        assertThat(at.json().getJsonArray("errors").getJsonObject(0).getString("rule")).isEqualTo("format");
    }

    @Test
    void theCatalogListsTitlesWithTheirPriceNow() {
        Http.Answer page = Http.get(sut.uri("api/v1/catalog?currency=GBP&genre=film&offering=TVOD&size=5"), key);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.json().getJsonNumber("total").longValue()).isPositive();
        assertThat(page.json().getJsonArray("items")).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(page.json().getJsonArray("items").getJsonObject(0).getJsonObject("price").getString("currency"))
                .isEqualTo("GBP");
    }

    @Test
    void aPartnerForNoOrganiserSeesNoPricingData() {
        Seeded seeded = templateWithProduct();
        String stranger = PartnerFixture.keyFor(sut, null, "templates:read", "templates:write", "products:write",
                "catalog:read");

        assertThat(Http.get(sut.uri("api/v1/offer-templates"), stranger).jsonArray()).isEmpty();
        assertThat(Http.get(sut.uri("api/v1/offer-templates/" + seeded.templateId()), stranger).status()).isEqualTo(404);
        assertThat(Http.get(sut.uri("api/v1/products/" + seeded.productId()), stranger).status()).isEqualTo(404);
        assertThat(SeedDocuments.price(sut, stranger, seeded.productId(), "currency=GBP").status()).isEqualTo(404);
        assertThat(Http.send("DELETE", sut.uri("api/v1/offer-templates/" + seeded.templateId()), stranger, null, null)
                .status()).isEqualTo(404);
        assertThat(SeedDocuments.post(sut, "offer-templates/" + seeded.templateId() + "/absolute-tiers", stranger,
                SeedDocuments.ABSOLUTE_TIER).status()).isEqualTo(404);
        assertThat(Http.get(sut.uri("api/v1/catalog?currency=GBP"), stranger).json().getJsonArray("items")).isEmpty();
    }

    @Test
    void theOpenApiDocumentStillAnswers() {
        Http.Answer openApi = Http.get(sut.uri("openapi"), null);
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.body()).contains("/api/v1/products/{id}/price").contains("/api/v1/offer-templates");
    }

    record Seeded(String templateId, String editorialRef, long productId) {
    }

    private static Seeded templateWithProduct() {
        String templateId = SeedDocuments.uniqueId("2851234");
        String editorialRef = SeedDocuments.uniqueId("XXA1149520");
        assertThat(SeedDocuments.post(sut, "offer-templates", key, SeedDocuments.template(templateId)).status())
                .isEqualTo(201);
        Http.Answer product = SeedDocuments.post(sut, "products", key, SeedDocuments.findingNemo(templateId, editorialRef));
        assertThat(product.status()).as(product.body()).isEqualTo(201);
        return new Seeded(templateId, editorialRef, product.json().getJsonNumber("id").longValue());
    }
}
