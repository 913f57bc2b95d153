package io.marquee.event.boundary;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the console's small price tables turn into, and how stored prices come back into them. */
class PriceRowTest {

    @Test
    void priceLinesLeaveOutBlanksAndWriteCurrenciesInCapitals() {
        PriceRow eur = new PriceRow();
        eur.setCurrency(" eur ");
        eur.setAmount(new BigDecimal("9.5"));
        PriceRow amountOnly = new PriceRow();
        amountOnly.setAmount(BigDecimal.ONE);
        assertThat(PriceRow.amounts(List.of(eur, new PriceRow(), amountOnly)))
                .isEqualTo(Map.of("EUR", new BigDecimal("9.5"), "", BigDecimal.ONE));
        assertThat(PriceRow.of(Map.of("NOK", new BigDecimal("10.0000"))))
                .extracting(row -> row.getAmount().toPlainString()).containsExactly("10");
        assertThat(PriceRow.of(Map.of())).isEmpty();
    }
}
