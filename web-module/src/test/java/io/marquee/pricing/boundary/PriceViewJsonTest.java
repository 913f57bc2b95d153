package io.marquee.pricing.boundary;

import io.marquee.pricing.boundary.PricingViews.PriceView;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The price answer's JSON, written by hand: what JSON-B wrote, any grant reference a partner chose kept intact. */
class PriceViewJsonTest {

    private static final Instant AT = Instant.parse("2026-11-22T03:12:20.620385560Z");

    @Test
    void aPurchasablePriceHasItsAmountsInstantsAndRights() {
        PriceView view = new PriceView(3, AT, true, null, "P1", "Precedent", "GBP", new BigDecimal("1.99"),
                new BigDecimal("1.66"), new BigDecimal("0.33"), List.of("10112", "say \"hd\"\\\n\u0001"),
                AT.plusSeconds(3600), null, null, List.of(), Instant.parse("2026-12-07T00:00:00Z"), "q1.abc.def",
                Instant.parse("2026-11-22T03:27:20.620Z"));

        JsonObject json = parsed(view.json());

        assertThat(json.getJsonNumber("productId").longValue()).isEqualTo(3);
        assertThat(json.getString("at")).isEqualTo("2026-11-22T03:12:20.620385560Z");
        assertThat(json.getBoolean("purchasable")).isTrue();
        assertThat(json.containsKey("reason")).as("nulls are left out").isFalse();
        assertThat(json.containsKey("from")).isFalse();
        assertThat(json.getJsonNumber("gross").bigDecimalValue()).isEqualByComparingTo("1.99");
        assertThat(json.getJsonNumber("tax").toString()).isEqualTo("0.33");
        assertThat(json.getJsonArray("grants").getString(1)).isEqualTo("say \"hd\"\\\n\u0001");
        assertThat(json.getJsonArray("currencies")).isEmpty();
        assertThat(json.getString("nextChange")).isEqualTo("2026-12-07T00:00:00Z");
        assertThat(json.getString("quoteId")).isEqualTo("q1.abc.def");
        assertThat(json.getString("quoteExpiresAt")).isEqualTo("2026-11-22T03:27:20.620Z");
    }

    @Test
    void aPriceThatCannotBePaidSaysWhy() {
        PriceView view = new PriceView(3, AT, false, "NO_PRICE_IN_CURRENCY", "P1", "Precedent", "USD", null, null, null,
                null, null, null, null, List.of("EUR", "GBP"), null, null, null);

        JsonObject json = parsed(view.json());

        assertThat(json.keySet()).containsExactlyInAnyOrder("productId", "at", "purchasable", "reason", "tier",
                "tierType", "currency", "currencies");
        assertThat(json.getJsonArray("currencies").getString(1)).isEqualTo("GBP");
    }

    private static JsonObject parsed(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
