package io.marquee.pricing.boundary;

import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One bad template document per rule: each answers 400 problem+json naming the field (as the
 * client's document calls it) and the rule, and writes nothing.
 */
class OfferTemplateValidationIT {

    static SystemUnderTest sut;
    static String key;

    @BeforeAll
    static void server() {
        sut = SystemUnderTest.get();
        key = PartnerFixture.keyFor(sut, "northern-lights", SeedDocuments.TEMPLATE_SCOPES);
    }

    @Test
    void anUnknownCurrency() {
        refused(seed().replace("{\"GBP\": 1.99}", "{\"GBQ\": 1.99}"), "offerTiers[0].prices.GBQ", "currency");
    }

    @Test
    void aNegativeAmount() {
        refused(seed().replace("{\"GBP\": 2.99}", "{\"GBP\": -2.99}"), "offerTiers[1].prices.GBP", "not-negative");
    }

    @Test
    void anAmountFinerThanTheCurrency() {
        refused(seed().replace("{\"GBP\": 0.99}", "{\"GBP\": 0.999}"), "offerTiers[2].prices.GBP", "scale");
    }

    @Test
    void aDuplicateTierOrder() {
        refused(seed().replace("\"order\": 2", "\"order\": 1"), "offerTiers[1].order", "unique");
    }

    @Test
    void aZeroDuration() {
        refused(seed().replace("\"order\": 3, \"duration\": 1", "\"order\": 3, \"duration\": 0"),
                "offerTiers[2].duration", "positive");
    }

    @Test
    void anAbsoluteEndBeforeItsStart() {
        String tiers = "\"offerTiers\": [";
        refused(seed().replace(tiers, tiers + SeedDocuments.ABSOLUTE_TIER.replace("1590019199000", "1589414300000") + ","),
                "offerTiers[0].absoluteEnd", "before-end");
    }

    @Test
    void anUnknownRestrictionType() {
        refused(seed().replace("\"adjustRentalDuration\"", "\"blackout\""), "offerTiers[2].restrictionType", "known");
    }

    @Test
    void aMalformedInstant() {
        refused(seed().replace("1583020800000", "\"first of March\""), "contractStartDate", "format");
    }

    @Test
    void aContractEndingBeforeItStarts() {
        refused(seed().replace("1594771199000", "1583020700000"), "contractEndDate", "before-end");
    }

    @Test
    void anUnknownTaxCode() {
        refused(seed().replace("taxCode12345", "no-such-code"), "taxCode", "known");
    }

    @Test
    void aNativeDocumentNamesItsOwnFields() {
        String nativeShape = """
                {"id": "%s", "contentProviderId": "5112", "isTaxIncluded": true, "taxCode": "GBR-VAT",
                 "contractStartDate": "2020-03-01T00:00:00Z", "contractEndDate": "2020-07-15T00:00:00Z",
                 "tiers": [{"type": "Precedent", "order": 1, "duration": 1, "durationUnits": "fortnight",
                            "prices": {"GBP": 1.99}}]}
                """.formatted(SeedDocuments.uniqueId("native"));
        refused(nativeShape, "tiers[0].durationUnits", "known");
    }

    @Test
    void aBadAbsoluteTierChangesNothing() {
        String id = SeedDocuments.uniqueId("2851234");
        assertThat(SeedDocuments.post(sut, "offer-templates", key, SeedDocuments.template(id)).status()).isEqualTo(201);
        long tiersBefore = PartnerFixture.count(sut, "select count(*) from offer_template_tier");
        long auditBefore = ownAuditEntries();

        Http.Answer answer = SeedDocuments.post(sut, "offer-templates/" + id + "/absolute-tiers", key,
                SeedDocuments.ABSOLUTE_TIER.replace("1.50", "-1.50"));

        assertProblem(answer, "prices.GBP", "not-negative");
        assertThat(PartnerFixture.count(sut, "select count(*) from offer_template_tier")).isEqualTo(tiersBefore);
        assertThat(ownAuditEntries()).isEqualTo(auditBefore);
    }

    /** What this test's key wrote to the audit log: other tests and timers write there too. */
    private static long ownAuditEntries() {
        return PartnerFixture.count(sut, "select count(*) from audit_entry where actor like '%" + key.split("_")[1] + "'");
    }

    private static String seed() {
        return SeedDocuments.template(SeedDocuments.uniqueId("2851234"));
    }

    private static void refused(String document, String field, String rule) {
        long templates = PartnerFixture.count(sut, "select count(*) from offer_template");
        long tiers = PartnerFixture.count(sut, "select count(*) from priced_tier");
        long providers = PartnerFixture.count(sut, "select count(*) from content_provider");
        long audit = ownAuditEntries();

        assertProblem(SeedDocuments.post(sut, "offer-templates", key, document), field, rule);

        assertThat(PartnerFixture.count(sut, "select count(*) from offer_template")).isEqualTo(templates);
        assertThat(PartnerFixture.count(sut, "select count(*) from priced_tier")).isEqualTo(tiers);
        assertThat(PartnerFixture.count(sut, "select count(*) from content_provider")).isEqualTo(providers);
        assertThat(ownAuditEntries()).isEqualTo(audit);
    }

    private static void assertProblem(Http.Answer answer, String field, String rule) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().getJsonArray("errors")).as(answer.body())
                .map(error -> (JsonObject) error)
                .anySatisfy(error -> {
                    assertThat(error.getString("field")).isEqualTo(field);
                    assertThat(error.getString("rule")).isEqualTo(rule);
                });
    }
}
