package io.marquee.pricing.control;

import io.marquee.pricing.entity.Price;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;

/** The tax split over random amounts, rates and currencies with 0, 2 and 3 decimals. */
class PricePropertiesTest {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Property
    void netPlusTaxIsGrossAtTheMinorUnitScale(@ForAll("currencies") Currency currency,
                                              @ForAll @LongRange(min = 0, max = 10_000_000) long minorUnits,
                                              @ForAll @BigRange(min = "0", max = "50") @Scale(3) BigDecimal rate,
                                              @ForAll boolean taxIncluded) {
        int scale = currency.getDefaultFractionDigits();
        BigDecimal listed = BigDecimal.valueOf(minorUnits, scale);

        Price price = taxIncluded ? Price.fromGross(currency, listed, rate) : Price.fromNet(currency, listed, rate);

        assertThat(price.net().add(price.tax())).isEqualTo(price.gross());
        assertThat(price.gross().scale()).isEqualTo(scale);
        assertThat(price.net().scale()).isEqualTo(scale);
        assertThat(price.tax().scale()).isEqualTo(scale);
        assertThat(price.tax().signum()).isNotNegative();
        assertThat(taxIncluded ? price.gross() : price.net()).isEqualTo(listed);
    }

    @Property
    void theTaxIsWithinHalfAMinorUnitOfTheExactTax(@ForAll("currencies") Currency currency,
                                                   @ForAll @LongRange(min = 0, max = 10_000_000) long minorUnits,
                                                   @ForAll @BigRange(min = "0", max = "50") @Scale(3) BigDecimal rate,
                                                   @ForAll boolean taxIncluded) {
        BigDecimal listed = BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
        BigDecimal halfMinorUnit = BigDecimal.valueOf(5, currency.getDefaultFractionDigits() + 1);

        Price price = taxIncluded ? Price.fromGross(currency, listed, rate) : Price.fromNet(currency, listed, rate);
        BigDecimal exactTax = taxIncluded
                ? listed.multiply(rate).divide(HUNDRED.add(rate), MathContext.DECIMAL128)
                : listed.multiply(rate).divide(HUNDRED, MathContext.DECIMAL128);

        assertThat(price.tax().subtract(exactTax).abs()).isLessThanOrEqualTo(halfMinorUnit);
    }

    @Provide
    Arbitrary<Currency> currencies() {
        return Arbitraries.of("GBP", "EUR", "USD", "JPY", "BHD").map(Currency::getInstance);
    }
}
