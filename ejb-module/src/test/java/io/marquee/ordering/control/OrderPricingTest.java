package io.marquee.ordering.control;

import io.marquee.ordering.control.OrderPricing.Discount;
import io.marquee.ordering.control.OrderPricing.PricedLine;
import io.marquee.ordering.entity.Quote;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The order money rules: exact at the currency's scale, fees of the total, refunds that net to zero. */
class OrderPricingTest {

    static final BigDecimal ELEVEN_PERCENT = new BigDecimal("0.11");

    @Test
    void aPercentPromoRoundsToTheCentAndTheFeeIsOfTheTotal() {
        Quote quote = OrderPricing.quote("EUR", List.of(new PricedLine(1, "Stream", 1, new BigDecimal("12.99"), true)),
                new Discount("AURORA20", new BigDecimal("20"), null), ELEVEN_PERCENT);

        assertThat(quote.subtotal()).isEqualByComparingTo("12.99");
        assertThat(quote.discount()).isEqualTo(new BigDecimal("2.60"));
        assertThat(quote.total()).isEqualTo(new BigDecimal("10.39"));
        assertThat(quote.platformFee()).isEqualTo(new BigDecimal("1.14"));
        assertThat(quote.tax()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void aCurrencyWithoutMinorUnitsHasNoDecimals() {
        Quote quote = OrderPricing.quote("JPY", List.of(new PricedLine(1, "Stream", 3, new BigDecimal("1000"), true)),
                new Discount("TOKYO", new BigDecimal("15"), null), ELEVEN_PERCENT);

        assertThat(quote.discount()).isEqualTo(new BigDecimal("450"));
        assertThat(quote.total()).isEqualTo(new BigDecimal("2550"));
        assertThat(quote.platformFee()).as("280.5 rounds half up").isEqualTo(new BigDecimal("281"));
    }

    @Test
    void aFixedAmountOffIsPerTicketNeverMoreThanItsPriceAndOnlyOnTheTypesItAppliesTo() {
        Quote quote = OrderPricing.quote("NOK", List.of(
                        new PricedLine(1, "Stream", 2, new BigDecimal("49.00"), true),
                        new PricedLine(2, "Backstage", 1, new BigDecimal("299.00"), false)),
                new Discount("FREE", null, new BigDecimal("60.00")), ELEVEN_PERCENT);

        assertThat(quote.lines().get(0).discount()).isEqualTo(new BigDecimal("98.00"));
        assertThat(quote.lines().get(0).total()).isEqualTo(new BigDecimal("0.00"));
        assertThat(quote.lines().get(1).discount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(quote.total()).isEqualTo(new BigDecimal("299.00"));
    }

    @Test
    void aPartialRefundGivesBackTheFeeInProportionAndTheLastTheRest() {
        BigDecimal fee = new BigDecimal("2.20");
        BigDecimal first = OrderPricing.feeReturned(fee, new BigDecimal("20.00"), new BigDecimal("5.00"), BigDecimal.ZERO,
                false, "EUR");
        BigDecimal rest = OrderPricing.feeReturned(fee, new BigDecimal("20.00"), new BigDecimal("15.00"), first, true, "EUR");

        assertThat(first).isEqualTo(new BigDecimal("0.55"));
        assertThat(rest).isEqualTo(new BigDecimal("1.65"));
    }

    /** However a total is split into refunds, the fee given back sums to the fee, never below zero per refund. */
    @Property
    void refundsGiveBackExactlyTheFee(@ForAll @IntRange(min = 1, max = 10_000_00) int totalCents,
                                      @ForAll @IntRange(min = 1, max = 7) int parts,
                                      @ForAll @IntRange(min = 0, max = 9999) int feeRateBasisPoints) {
        BigDecimal total = BigDecimal.valueOf(totalCents, 2);
        BigDecimal fee = OrderPricing.fee(total, BigDecimal.valueOf(feeRateBasisPoints, 4), "EUR");
        BigDecimal returned = BigDecimal.ZERO;
        BigDecimal refunded = BigDecimal.ZERO;
        BigDecimal part = BigDecimal.valueOf(Math.max(1, totalCents / parts), 2);
        while (refunded.compareTo(total) < 0) {
            BigDecimal amount = part.min(total.subtract(refunded));
            refunded = refunded.add(amount);
            BigDecimal back = OrderPricing.feeReturned(fee, total, amount, returned, refunded.compareTo(total) == 0, "EUR");
            assertThat(back.signum()).isGreaterThanOrEqualTo(0);
            returned = returned.add(back);
        }
        assertThat(returned).isEqualByComparingTo(fee);
    }
}
