package io.marquee.pricing.entity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A product's materialised pricing: its terms, the template settings it was made with, and its
 * tiers ordered by start. Re-materialising after a template change produces a new plan.
 */
public record PricingPlan(ProductTerms product, ZoneId zone, boolean taxIncluded, String taxCode,
                          List<ProductTier> tiers) {

    public PricingPlan {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(taxCode, "taxCode");
        tiers = List.copyOf(tiers);
    }

    public Instant purchaseCutoff() {
        return product.purchaseCutoff(zone);
    }

    public Instant rentalEnd(Instant purchase) {
        return product.rentalEnd(purchase, zone);
    }
}
