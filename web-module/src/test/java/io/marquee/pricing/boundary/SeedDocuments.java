package io.marquee.pricing.boundary;

import io.marquee.testing.Http;
import io.marquee.testing.SystemUnderTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's template 2851234 and product "Finding Nemo" in the seed's own document shape (epoch
 * milliseconds, inclusive 23:59:59 ends, offerTiers, isrestricted), with its JSON slips mended.
 * Each test takes fresh ids: the demo data holds the originals already.
 */
final class SeedDocuments {

    static final String TEMPLATE_SCOPES = "templates:write";

    private SeedDocuments() {
    }

    static String uniqueId(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String template(String id) {
        return """
                {"id": "%s", "updated": 1582329599000, "description": "Template for Disney Kids 1-5",
                 "created": 1582329599000, "createdByUser": "gauss/12345", "updatedByUser": "gauss/12345",
                 "isTaxIncluded": true, "taxCode": "taxCode12345",
                 "contractStartDate": 1583020800000, "contractEndDate": 1594771199000,
                 "contentproviderId": "5112",
                 "offerTiers": [
                   {"type": "Precedent", "order": 1, "duration": 1, "durationUnits": "month", "prices": {"GBP": 1.99},
                    "restrictionType": "restricted", "isrestricted": false, "grantsReferences": ["10112"]},
                   {"type": "Precedent", "order": 2, "duration": 2, "durationUnits": "month", "prices": {"GBP": 2.99},
                    "restrictionType": "restricted", "isrestricted": false, "grantsReferences": ["10112"]},
                   {"type": "Precedent", "order": 3, "duration": 1, "durationUnits": "month", "prices": {"GBP": 0.99},
                    "restrictionType": "adjustRentalDuration", "isrestricted": false, "grantsReferences": ["10112"]}
                 ]}
                """.formatted(id);
    }

    /** The seed's price change: 14..20 May inclusive at 1.50, with its "rightsReferences". */
    static final String ABSOLUTE_TIER = """
            {"type": "Absolute", "absoluteStart": 1589414400000, "absoluteEnd": 1590019199000,
             "prices": {"GBP": 1.50}, "restrictionType": "restricted", "isrestricted": false,
             "rightsReferences": ["10112"]}
            """;

    /** Offer and licence 2020-03-01 .. 2020-07-14T23:59:59 inclusive (pricing.md, docs/pricing-rules.md). */
    static String findingNemo(String templateId, String editorialRef) {
        return """
                {"licenseEndDate": 1594771199000, "editorialRef": "%s", "offerStartDate": 1583020800000,
                 "licenseStartDate": 1583020800000, "created": 1582934399000, "offerTemplateId": "%s",
                 "media": {"id": "2602559", "mediaFiles": [
                   {"encodingProfile": "HD", "type": "video", "format": "MPEG-2TS"},
                   {"encodingProfile": "HD", "type": "video", "format": "HLS"}]},
                 "title": "Finding Nemo", "encodingProfile": "HD", "offerings": ["TVOD"], "scodes": [],
                 "parentIdentifier": null, "updated": 1582934399000, "offerEndDate": 1594771199000,
                 "genre": "film", "rentalDuration": 336, "durationUnits": "hours"}
                """.formatted(editorialRef, templateId);
    }

    /** A product on sale from 2020 for nineteen years at one price (native shape), so "now" is inside its tier. */
    static long productOnSaleNow(SystemUnderTest sut, String key) {
        String templateId = uniqueId("long-run");
        String template = """
                {"id": "%s", "contentProviderId": "5112", "isTaxIncluded": true, "taxCode": "GBR-VAT",
                 "contractStartDate": "2020-01-01T00:00:00Z", "contractEndDate": "2040-01-01T00:00:00Z",
                 "tiers": [{"type": "Precedent", "order": 1, "duration": 240, "durationUnits": "months",
                            "prices": {"GBP": 3.49}, "grantsReferences": ["10112"]}]}
                """.formatted(templateId);
        assertThat(post(sut, "offer-templates", key, template).status()).isEqualTo(201);
        String product = """
                {"editorialRef": "%s", "offerTemplateId": "%s", "title": "A Long Run", "genre": "film",
                 "offerings": ["TVOD"], "offerStartDate": "2020-01-01T00:00:00Z", "offerEndDate": "2039-01-01T00:00:00Z",
                 "licenseStartDate": "2020-01-01T00:00:00Z", "licenseEndDate": "2039-01-01T00:00:00Z",
                 "rentalDuration": 48, "durationUnits": "hour"}
                """.formatted(uniqueId("LONG"), templateId);
        Http.Answer created = post(sut, "products", key, product);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    /** A template and its product "Finding Nemo" (the seed's, under a unique editorialRef), as posted. */
    record Seeded(String templateId, String editorialRef, long productId) {
    }

    /** Posts {@code template} and Finding Nemo made from it. */
    static Seeded seeded(SystemUnderTest sut, String key, String template) {
        Http.Answer created = post(sut, "offer-templates", key, template);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String templateId = created.json().getString("id");
        String editorialRef = uniqueId("XXA1149520");
        Http.Answer product = post(sut, "products", key, findingNemo(templateId, editorialRef));
        assertThat(product.status()).as(product.body()).isEqualTo(201);
        return new Seeded(templateId, editorialRef, product.json().getJsonNumber("id").longValue());
    }

    static Http.Answer post(SystemUnderTest sut, String path, String key, String json) {
        return Http.send("POST", sut.uri("api/v1/" + path), key, "application/json", json);
    }

    static Http.Answer price(SystemUnderTest sut, String key, long productId, String query) {
        return Http.get(sut.uri("api/v1/products/" + productId + "/price?" + query), key);
    }
}
