package io.marquee.pricing.control;

import io.marquee.pricing.entity.PricingPlan;
import io.marquee.pricing.entity.ProductListing;

/**
 * A valid line of a bulk file, checked and expanded, ready to write; lineNo orders duplicates
 * within a chunk (the last wins).
 */
public record ExpandedProduct(int lineNo, long templateId, int templateVersion, ProductListing listing,
                              PricingPlan plan) {
}
