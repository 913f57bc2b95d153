package io.marquee.pricing.control;

import io.marquee.platform.entity.Violation;
import io.marquee.pricing.entity.DurationUnit;
import io.marquee.pricing.entity.ProductTerms;
import org.junit.jupiter.api.Test;

import static io.marquee.pricing.SeedExample.at;
import static io.marquee.pricing.SeedExample.findingNemo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class ProductTermsRulesTest {

    private final ProductTermsRules rules = new ProductTermsRules();

    @Test
    void theSeedProductIsValid() {
        assertThat(rules.violations(findingNemo())).isEmpty();
    }

    @Test
    void theOfferStartsBeforeItEnds() {
        ProductTerms product = new ProductTerms(at("2020-07-15T00:00"), at("2020-07-15T00:00"),
                at("2020-03-01T00:00"), at("2020-07-15T00:00"), 336, DurationUnit.HOUR);

        assertThat(rules.violations(product)).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("offerEndDate", "before-end"));
    }

    @Test
    void theLicenceStartsBeforeItEnds() {
        ProductTerms product = new ProductTerms(at("2020-03-01T00:00"), at("2020-07-15T00:00"),
                at("2020-07-15T00:00"), at("2020-03-01T00:00"), 336, DurationUnit.HOUR);

        assertThat(rules.violations(product)).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("licenseEndDate", "before-end"));
    }

    @Test
    void theRentalDurationIsPositive() {
        ProductTerms product = new ProductTerms(at("2020-03-01T00:00"), at("2020-07-15T00:00"),
                at("2020-03-01T00:00"), at("2020-07-15T00:00"), 0, DurationUnit.HOUR);

        assertThat(rules.violations(product)).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("rentalDuration", "positive"));
    }
}
