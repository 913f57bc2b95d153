package io.marquee.pricing.boundary;

import io.marquee.testing.Http;
import io.marquee.testing.MicroServer;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on loopback, one database, one Hazelcast grid: each caches pricing plans, and a change
 * made on instance A is priced at once on instance B, whose cached plan predates it; a quote A
 * issued is one B takes.
 */
class ClusteredPricingIT {

    static final String MARCH = "currency=GBP&at=2020-03-15T12:00:00Z";

    static SystemUnderTest a;
    static MicroServer b;
    static String key;

    @BeforeAll
    static void twoInstances() {
        a = SystemUnderTest.get();
        b = a.startAnotherInstance(Path.of("target", "second-pricing-instance").toAbsolutePath());
        key = PartnerFixture.keyFor(a, "northern-lights", "templates:write", "products:write", "catalog:read",
                "orders:write");
    }

    @AfterAll
    static void stopSecond() {
        if (b != null) {
            b.close();
        }
    }

    @Test
    void aTemplateEditOnOneInstanceIsPricedAtOnceOnTheOther() {
        String templateId = SeedDocuments.uniqueId("2851234");
        long productId = SeedDocuments.seeded(a, key, SeedDocuments.template(templateId)).productId();
        assertThat(grossOnB(productId)).as("priced, so cached, on B").isEqualByComparingTo("1.99");
        assertThat(grossOnB(productId)).isEqualByComparingTo("1.99");

        Http.Answer edit = Http.send("PUT", a.uri("api/v1/offer-templates/" + templateId), key, "application/json",
                SeedDocuments.template(templateId).replace("{\"GBP\": 1.99}", "{\"GBP\": 1.49}"));
        assertThat(edit.status()).as(edit.body()).isEqualTo(200);

        assertThat(grossOnB(productId)).as("the very next price on B").isEqualByComparingTo("1.49");
    }

    @Test
    void aQuoteIssuedOnOneInstanceIsRentedOnTheOther() {
        long productId = SeedDocuments.productOnSaleNow(a, key);
        String quoteId = SeedDocuments.price(a, key, productId, "currency=GBP").json().getString("quoteId");

        Http.Answer rented = Http.send("POST", b.base().resolve("api/v1/rentals"), key, "application/json",
                "{\"quoteId\":\"" + quoteId + "\",\"buyerEmail\":\"on-b@example.org\"}");

        assertThat(rented.status()).as(rented.body()).isEqualTo(201);
        assertThat(rented.json().getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("3.49");
    }

    private static BigDecimal grossOnB(long productId) {
        Http.Answer price = Http.get(b.base().resolve("api/v1/products/" + productId + "/price?" + MARCH), key);
        assertThat(price.status()).as(price.body()).isEqualTo(200);
        return price.json().getJsonNumber("gross").bigDecimalValue();
    }
}
