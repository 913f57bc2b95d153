package io.marquee.pricing.boundary;

import io.marquee.pricing.boundary.SeedDocuments.Seeded;
import io.marquee.testing.ConsoleClient;
import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prices come from a cached plan per product (PricingPlans): every write a price depends on (through
 * the API, the console or a job) is seen by the very next price, even when the plan was cached just before it.
 */
class PricingPlanCacheIT {

    static final String MARCH = "currency=GBP&at=2020-03-15T12:00:00Z";
    static final String TAX_RATES = "console/catalog/tax-rates.xhtml";

    static SystemUnderTest sut;
    static String key;

    @BeforeAll
    static void server() {
        sut = SystemUnderTest.get();
        key = PartnerFixture.keyFor(sut, "northern-lights", "templates:read", "templates:write", "products:write",
                "catalog:read");
    }

    @Test
    void aCachedPlanAnswersAsTheFirstAskingDid() {
        Seeded seeded = seeded(SeedDocuments.template(SeedDocuments.uniqueId("2851234")));
        String first = price(seeded, MARCH).toString();
        price(seeded, "currency=GBP&at=2020-05-15T12:00:00Z");
        price(seeded, "currency=GBP&at=2020-06-20T12:00:00Z");

        assertThat(price(seeded, MARCH).toString()).isEqualTo(first);
        assertThat(price(seeded, MARCH).getJsonNumber("gross").bigDecimalValue()).isEqualByComparingTo("1.99");
    }

    @Test
    void aTemplateEditRepricesACachedProductAtOnce() {
        String templateId = SeedDocuments.uniqueId("2851234");
        Seeded seeded = seeded(SeedDocuments.template(templateId));
        assertThat(price(seeded, MARCH).getJsonNumber("gross").bigDecimalValue()).isEqualByComparingTo("1.99");

        Http.Answer edit = Http.send("PUT", sut.uri("api/v1/offer-templates/" + templateId), key, "application/json",
                SeedDocuments.template(templateId).replace("{\"GBP\": 1.99}", "{\"GBP\": 1.49}"));
        assertThat(edit.status()).as(edit.body()).isEqualTo(200);

        assertThat(price(seeded, MARCH).getJsonNumber("gross").bigDecimalValue()).isEqualByComparingTo("1.49");
    }

    @Test
    void aNewAbsoluteTierRepricesACachedProductAtOnce() {
        String templateId = SeedDocuments.uniqueId("2851234");
        Seeded seeded = seeded(SeedDocuments.template(templateId));
        String may = "currency=GBP&at=2020-05-15T12:00:00Z";
        assertThat(price(seeded, may).getString("tier")).isEqualTo("P2");

        Http.Answer added = SeedDocuments.post(sut, "offer-templates/" + templateId + "/absolute-tiers", key,
                SeedDocuments.ABSOLUTE_TIER);
        assertThat(added.status()).as(added.body()).isLessThan(300);

        JsonObject after = price(seeded, may);
        assertThat(after.getString("tierType")).isEqualTo("Absolute");
        assertThat(after.getJsonNumber("gross").bigDecimalValue()).isEqualByComparingTo("1.50");
    }

    @Test
    void ingestingATitleAgainWithOtherTermsIsSeenAtOnce() {
        String templateId = SeedDocuments.uniqueId("2851234");
        Seeded seeded = seeded(SeedDocuments.template(templateId));
        assertThat(Instant.parse(price(seeded, MARCH).getString("rentalEnd")))
                .isEqualTo(Instant.parse("2020-03-29T12:00:00Z"));

        Http.Answer again = SeedDocuments.post(sut, "products", key,
                SeedDocuments.findingNemo(templateId, seeded.editorialRef()).replace("\"rentalDuration\": 336",
                        "\"rentalDuration\": 48"));
        assertThat(again.status()).as(again.body()).isEqualTo(200);

        assertThat(Instant.parse(price(seeded, MARCH).getString("rentalEnd")))
                .isEqualTo(Instant.parse("2020-03-17T12:00:00Z"));
    }

    @Test
    void aTaxRateChangeIsSeenAtOnce() {
        String code = "cache-test-" + UUID.randomUUID().toString().substring(0, 8);
        PartnerFixture.count(sut, "with i as (insert into tax_rate (code, rate_percent) values ('" + code
                + "', 20) returning 1) select count(*) from i");
        Seeded seeded = seeded(SeedDocuments.template(SeedDocuments.uniqueId("2851234")).replace("taxCode12345", code));
        assertThat(price(seeded, MARCH).getJsonNumber("net").bigDecimalValue()).isEqualByComparingTo("1.66");

        ConsoleClient admin = new ConsoleClient(sut);
        admin.login(SystemUnderTest.ADMIN, SystemUnderTest.ADMIN_PASSWORD);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("taxRate", "taxRate");
        form.put("taxRate:code", code);
        form.put("taxRate:ratePercent", "10");
        form.put("taxRate:set", "");
        form.put("jakarta.faces.ViewState", ConsoleClient.viewState(admin.get(TAX_RATES).body()));
        assertThat(admin.post(TAX_RATES, form).statusCode()).isLessThan(400);
        assertThat(PartnerFixture.count(sut, "select count(*) from tax_rate where code = '" + code
                + "' and rate_percent = 10")).as("the admin's new rate").isEqualTo(1);

        JsonObject after = price(seeded, MARCH);
        assertThat(after.getJsonNumber("gross").bigDecimalValue()).isEqualByComparingTo("1.99");
        assertThat(after.getJsonNumber("net").bigDecimalValue()).isEqualByComparingTo("1.81");
        assertThat(after.getJsonNumber("tax").bigDecimalValue()).isEqualByComparingTo("0.18");
    }

    @Test
    void aCachedPlanIsStillHiddenFromOtherPartners() {
        Seeded seeded = seeded(SeedDocuments.template(SeedDocuments.uniqueId("2851234")));
        price(seeded, MARCH);
        String stranger = PartnerFixture.keyFor(sut, null, "catalog:read");

        assertThat(SeedDocuments.price(sut, stranger, seeded.productId(), MARCH).status()).isEqualTo(404);
        assertThat(SeedDocuments.price(sut, key, Long.MAX_VALUE, MARCH).status()).isEqualTo(404);
    }

    private static Seeded seeded(String template) {
        return SeedDocuments.seeded(sut, key, template);
    }

    private static JsonObject price(Seeded seeded, String query) {
        Http.Answer answer = SeedDocuments.price(sut, key, seeded.productId(), query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }
}
