package io.marquee.pricing.entity;

import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;

import static io.marquee.pricing.SeedExample.at;
import static io.marquee.pricing.SeedExample.findingNemo;
import static org.assertj.core.api.Assertions.assertThat;

class ProductTermsTest {

    @Test
    void theCutoffLeavesRoomForAFullRentalBeforeTheSaleEnds() {
        assertThat(findingNemo().purchaseCutoff(ZoneOffset.UTC)).isEqualTo(at("2020-07-01T00:00"));
    }

    @Test
    void theSaleWindowIsTheIntersectionOfOfferAndLicence() {
        ProductTerms product = new ProductTerms(at("2020-03-01T00:00"), at("2020-07-15T00:00"),
                at("2020-03-10T00:00"), at("2020-07-01T00:00"), 2, DurationUnit.DAY);

        assertThat(product.saleStart()).isEqualTo(at("2020-03-10T00:00"));
        assertThat(product.saleEnd()).isEqualTo(at("2020-07-01T00:00"));
        assertThat(product.purchaseCutoff(ZoneOffset.UTC)).isEqualTo(at("2020-06-29T00:00"));
    }

    @Test
    void aLateRentalEndsWithTheLicence() {
        assertThat(findingNemo().rentalEnd(at("2020-07-10T08:00"), ZoneOffset.UTC)).isEqualTo(at("2020-07-15T00:00"));
    }

    @Test
    void anEarlyRentalRunsItsFullLength() {
        assertThat(findingNemo().rentalEnd(at("2020-03-01T00:00"), ZoneOffset.UTC)).isEqualTo(at("2020-03-15T00:00"));
    }
}
