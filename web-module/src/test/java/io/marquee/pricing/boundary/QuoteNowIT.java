package io.marquee.pricing.boundary;

import io.marquee.pricing.control.QuoteTokens;
import io.marquee.pricing.entity.IssuedQuote;
import io.marquee.testing.Http;
import io.marquee.testing.MicroServer;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The price now without preconditions (a checkout) prices and quotes in one go; with them, as before.
 * The quote id carries the quote, signed: issuing it writes nothing.
 */
class QuoteNowIT {

    static SystemUnderTest sut;
    static String key;

    @BeforeAll
    static void server() {
        sut = SystemUnderTest.get();
        key = PartnerFixture.keyFor(sut, "northern-lights", "templates:write", "products:write", "catalog:read");
    }

    @Test
    void aPurchasablePriceNowAnswersTheQuoteItPrices() {
        long productId = SeedDocuments.productOnSaleNow(sut, key);

        Http.Answer now = SeedDocuments.price(sut, key, productId, "currency=GBP");

        assertThat(now.status()).as(now.body()).isEqualTo(200);
        JsonObject json = now.json();
        assertThat(json.getBoolean("purchasable")).isTrue();
        assertThat(now.header("ETag")).isNotBlank();
        assertThat(now.header("Cache-Control")).contains("max-age=");
        IssuedQuote quote = QuoteTokens.under(MicroServer.secrets()).verify(json.getString("quoteId"));
        assertThat(quote.productId()).isEqualTo(productId);
        assertThat(quote.gross()).isEqualByComparingTo("3.49");
        assertThat(quote.tierLabel()).isEqualTo("P1");
        assertThat(quote.expiresAt()).isEqualTo(Instant.parse(json.getString("quoteExpiresAt")));
    }

    @Test
    void aPriceNowThatCannotBeBoughtHasNoQuote() {
        long productId = SeedDocuments.seeded(sut, key, SeedDocuments.template(SeedDocuments.uniqueId("2851234"))).productId();

        Http.Answer now = SeedDocuments.price(sut, key, productId, "currency=GBP");

        assertThat(now.status()).as(now.body()).isEqualTo(200);
        assertThat(now.json().getBoolean("purchasable")).isFalse();
        assertThat(now.json().getString("reason")).isEqualTo("ENDED");
        assertThat(now.json().containsKey("quoteId")).isFalse();
    }

    @Test
    void aFailedIfMatchAnswersNoQuote() {
        long productId = SeedDocuments.productOnSaleNow(sut, key);

        Http.Answer refused = Http.send(Http.request(sut.uri("api/v1/products/" + productId + "/price?currency=GBP"), key)
                .header("If-Match", "\"not-the-price\"").GET().build());

        assertThat(refused.status()).isEqualTo(412);
        assertThat(refused.body()).doesNotContain("quoteId");
    }
}
