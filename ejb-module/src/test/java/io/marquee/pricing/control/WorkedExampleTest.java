package io.marquee.pricing.control;

import io.marquee.pricing.entity.Availability;
import io.marquee.pricing.entity.PriceAnswer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static io.marquee.pricing.SeedExample.GBP;
import static io.marquee.pricing.SeedExample.VAT;
import static io.marquee.pricing.SeedExample.at;
import static io.marquee.pricing.SeedExample.plan;
import static org.assertj.core.api.Assertions.assertThat;

/** The table "The seed's worked example (must hold)" of pricing.md, row by row. */
class WorkedExampleTest {

    private final PriceResolver resolver = new PriceResolver();

    @ParameterizedTest(name = "{0} -> {1} {2} {3} {4}")
    @CsvSource(nullValues = "-", textBlock = """
            2020-02-15T12:00,    NOT_STARTED,  -,  -,        -,    -
            2020-03-15T12:00,    PURCHASABLE,  P1, PRECEDENT, 1.99, 2020-03-29T12:00
            2020-04-01T00:00,    PURCHASABLE,  P2, PRECEDENT, 2.99, 2020-04-15T00:00
            2020-05-16T12:00,    PURCHASABLE,  A1, ABSOLUTE,  1.50, 2020-05-30T12:00
            2020-05-21T12:00,    PURCHASABLE,  P2, PRECEDENT, 2.99, 2020-06-04T12:00
            2020-06-15T12:00,    PURCHASABLE,  P3, PRECEDENT, 0.99, 2020-06-29T12:00
            2020-06-30T23:59:59, PURCHASABLE,  P3, PRECEDENT, 0.99, 2020-07-14T23:59:59
            2020-07-05T12:00,    AFTER_CUTOFF, P3, PRECEDENT, -,    -
            """)
    void priceAtRequestTime(String requestTime, Availability availability, String tier, String tierType,
                            BigDecimal gross, String rentalEnd) {
        PriceAnswer answer = resolver.priceAt(plan(), at(requestTime), GBP, VAT);

        assertThat(answer.availability()).isEqualTo(availability);
        assertThat(answer.tierLabel()).isEqualTo(tier);
        assertThat(answer.tierType() == null ? null : answer.tierType().name()).isEqualTo(tierType);
        if (gross == null) {
            assertThat(answer.purchase()).isNull();
        } else {
            assertThat(answer.purchase().price().gross()).isEqualTo(gross);
            assertThat(answer.purchase().price().currency()).isEqualTo(GBP);
            assertThat(answer.purchase().grantsReferences()).containsExactly("10112");
            assertThat(answer.purchase().rentalEnd()).isEqualTo(at(rentalEnd));
        }
    }
}
