package io.marquee.pricing.entity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A quote holds while the price now has its price, tier and rights; it expires at its expiry, not after. */
class IssuedQuoteTest {

    private static final Currency GBP = Currency.getInstance("GBP");
    private static final Instant AT = Instant.parse("2026-03-15T12:00:00Z");
    private static final IssuedQuote QUOTE = IssuedQuote.of(7, sale("P1", "3.49", List.of("10112")), AT.plusSeconds(900));

    @Test
    void theSamePriceTierAndRightsHold() {
        assertThat(QUOTE.changedBy(sale("P1", "3.490", List.of("10112")))).isEmpty();
    }

    @Test
    void aNewPriceATierChangeOrOtherRightsDoNot() {
        assertThat(QUOTE.changedBy(sale("A1", "1.25", List.of("10112")))).hasValue("the price changed from 3.49 to 1.25 GBP");
        assertThat(QUOTE.changedBy(sale("A1", "3.49", List.of("10112")))).hasValue("the price tier changed from P1 to A1");
        assertThat(QUOTE.changedBy(sale("P1", "3.49", List.of("10112", "4k")))).get().asString().contains("rights");
        assertThat(QUOTE.changedBy(PriceAnswer.outsideTiers(AT, Availability.ENDED, null))).get().asString()
                .contains("not for sale").contains("ENDED");
    }

    @Test
    void itExpiresAtItsExpiry() {
        assertThat(QUOTE.expiredAt(AT.plusSeconds(899))).isFalse();
        assertThat(QUOTE.expiredAt(AT.plusSeconds(900))).isTrue();
        assertThat(QUOTE.grants()).containsExactly("10112");
    }

    private static PriceAnswer sale(String tier, String gross, List<String> grants) {
        Price price = Price.fromGross(GBP, new BigDecimal(gross), new BigDecimal("20"));
        return new PriceAnswer(AT, Availability.PURCHASABLE, tier, TierType.PRECEDENT, null, List.of(),
                new Purchase(price, grants, AT.plusSeconds(3600)), null);
    }
}
