package io.marquee.pricing.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PriceTest {

    @ParameterizedTest(name = "{1} {0} gross at {2}% -> net {3}, tax {4}")
    @CsvSource(textBlock = """
            GBP, 1.99, 20,   1.66, 0.33
            GBP, 2.99, 20,   2.49, 0.50
            GBP, 0.99, 0,    0.99, 0.00
            EUR, 2.29, 19,   1.92, 0.37
            JPY, 500,  10,   455,  45
            BHD, 1.5,  10,   1.364, 0.136
            GBP, 0.00, 20,   0.00, 0.00
            """)
    void splitsAGrossPrice(String currency, BigDecimal gross, BigDecimal rate, BigDecimal net, BigDecimal tax) {
        Price price = Price.fromGross(Currency.getInstance(currency), gross, rate);

        assertThat(price.net()).isEqualTo(net);
        assertThat(price.tax()).isEqualTo(tax);
        assertThat(price.gross()).isEqualTo(net.add(tax));
    }

    @ParameterizedTest(name = "{1} {0} net at {2}% -> tax {3}, gross {4}")
    @CsvSource(textBlock = """
            GBP, 1.99, 20,   0.40, 2.39
            GBP, 0.25, 10,   0.03, 0.28
            USD, 9.99, 8.875, 0.89, 10.88
            JPY, 455,  10,   46,   501
            """)
    void addsTaxToANetPrice(String currency, BigDecimal net, BigDecimal rate, BigDecimal tax, BigDecimal gross) {
        Price price = Price.fromNet(Currency.getInstance(currency), net, rate);

        assertThat(price.tax()).isEqualTo(tax);
        assertThat(price.gross()).isEqualTo(gross);
        assertThat(price.net()).isEqualTo(net);
    }

    @Test
    void roundsHalfUp() {
        // 0.25 * 10 % = 0.025 exactly: half-up gives 0.03 where half-even would give 0.02
        assertThat(Price.fromNet(Currency.getInstance("GBP"), new BigDecimal("0.25"), BigDecimal.TEN).tax())
                .isEqualTo(new BigDecimal("0.03"));
    }

    @Test
    void amountsCarryTheCurrencysMinorUnitScale() {
        Price price = Price.fromGross(Currency.getInstance("GBP"), new BigDecimal("1.5"), BigDecimal.ZERO);

        assertThat(price.gross()).hasToString("1.50");
        assertThat(price.net()).hasToString("1.50");
        assertThat(price.tax()).hasToString("0.00");
    }

    @Test
    void refusesANegativeRate() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Price.fromGross(Currency.getInstance("GBP"), BigDecimal.ONE, new BigDecimal("-1")));
    }

    @Test
    void refusesPartsThatDoNotAddUp() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Price(Currency.getInstance("GBP"),
                new BigDecimal("1.99"), new BigDecimal("1.66"), new BigDecimal("0.32")));
    }
}
