package io.marquee.pricing.control;

import io.marquee.platform.control.Violations;
import io.marquee.platform.entity.Violation;
import io.marquee.pricing.entity.ProductTerms;

import java.util.List;

/** Checks a product's dates and rental length before its tiers are materialised. */
public class ProductTermsRules {

    public List<Violation> violations(ProductTerms product) {
        Violations found = new Violations();
        if (!product.offerStart().isBefore(product.offerEnd())) {
            found.add("offerEndDate", "before-end", "the offer must start before it ends");
        }
        if (!product.licenseStart().isBefore(product.licenseEnd())) {
            found.add("licenseEndDate", "before-end", "the licence must start before it ends");
        }
        if (product.rentalDuration() <= 0) {
            found.add("rentalDuration", "positive",
                    "the rental duration must be a positive whole number, was " + product.rentalDuration());
        }
        return found.list();
    }
}
