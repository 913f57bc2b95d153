package io.marquee.pricing.control;

import io.marquee.pricing.entity.OfferTemplateTerms;
import io.marquee.pricing.entity.OfferTier;
import io.marquee.pricing.entity.PricingPlan;
import io.marquee.pricing.entity.ProductTerms;
import io.marquee.pricing.entity.ProductTier;
import io.marquee.pricing.entity.TierType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Materialises a template's tiers on a product (pricing.md, "Expansion"): Precedent tiers chained
 * from the offer start in the template's calendar, the last one stretched to the offer end, Absolute
 * tiers as they are, and everything clipped to the sale window
 * [max(offerStart, licenseStart), min(offerEnd, licenseEnd)).
 */
public class TierExpansion {

    private static final Comparator<ProductTier> BY_START = Comparator.comparing(ProductTier::start)
            .thenComparing(ProductTier::type)
            .thenComparing(ProductTier::createdAt);

    public PricingPlan expand(OfferTemplateTerms template, ProductTerms product) {
        List<ProductTier> tiers = Stream.concat(precedentTiers(template, product), absoluteTiers(template))
                .map(tier -> tier.clippedTo(product.saleStart(), product.saleEnd()))
                .flatMap(Optional::stream)
                .sorted(BY_START)
                .toList();
        return new PricingPlan(product, template.zone(), template.taxIncluded(), template.taxCode(), tiers);
    }

    private Stream<ProductTier> precedentTiers(OfferTemplateTerms template, ProductTerms product) {
        List<OfferTier> ordered = template.tiersOf(TierType.PRECEDENT).stream()
                .sorted(Comparator.comparing(OfferTier::order))
                .toList();
        List<ProductTier> chained = new ArrayList<>();
        Instant start = product.offerStart();
        for (OfferTier tier : ordered) {
            Instant end = tier.durationUnit().addTo(start, tier.duration(), template.zone());
            chained.add(ProductTier.from(tier, "P" + tier.order(), start, end));
            start = end;
        }
        return stretchLastTo(chained, product.offerEnd()).stream();
    }

    /** Rule 4: a template shorter than the offer keeps selling at its last Precedent price. */
    private List<ProductTier> stretchLastTo(List<ProductTier> chained, Instant offerEnd) {
        if (chained.isEmpty()) {
            return chained;
        }
        int lastIndex = chained.size() - 1;
        ProductTier last = chained.get(lastIndex);
        if (last.end().isBefore(offerEnd)) {
            chained.set(lastIndex, new ProductTier(last.type(), last.label(), last.start(), offerEnd, last.terms(),
                    last.createdAt()));
        }
        return chained;
    }

    /** Labels count Absolute tiers in template order, so a label stays put when another tier is clipped away. */
    private Stream<ProductTier> absoluteTiers(OfferTemplateTerms template) {
        List<OfferTier> absolute = template.tiersOf(TierType.ABSOLUTE);
        return IntStream.range(0, absolute.size())
                .mapToObj(i -> ProductTier.from(absolute.get(i), "A" + (i + 1),
                        absolute.get(i).absoluteStart(), absolute.get(i).absoluteEnd()));
    }
}
