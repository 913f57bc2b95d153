package io.marquee.pricing.control;

import io.marquee.pricing.entity.Availability;
import io.marquee.pricing.entity.Price;
import io.marquee.pricing.entity.PriceAnswer;
import io.marquee.pricing.entity.PricingPlan;
import io.marquee.pricing.entity.ProductTerms;
import io.marquee.pricing.entity.ProductTier;
import io.marquee.pricing.entity.Purchase;
import io.marquee.pricing.entity.RestrictionType;
import io.marquee.pricing.entity.TierTerms;
import io.marquee.pricing.entity.TierType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Answers "what does this product cost at t, in this currency" (pricing.md, "Price at a moment t").
 * Never converts currencies; the caller supplies the rate of the plan's taxCode.
 */
public class PriceResolver {

    /** Absolute beats Precedent; among Absolute tiers the most recently created wins. */
    private static final Comparator<ProductTier> PRECEDENCE =
            Comparator.comparing((ProductTier tier) -> tier.type() == TierType.ABSOLUTE)
                    .thenComparing(ProductTier::createdAt);

    /**
     * @param taxRatePercent the rate of {@code plan.taxCode()}, e.g. 20 for 20 % VAT
     */
    public PriceAnswer priceAt(PricingPlan plan, Instant t, Currency currency, BigDecimal taxRatePercent) {
        Instant nextChange = nextChange(plan, t);
        return winningTier(plan.tiers(), t)
                .map(tier -> answerIn(tier, plan, t, currency, taxRatePercent, nextChange))
                .orElseGet(() -> PriceAnswer.outsideTiers(t, outsideTiers(plan.product(), t), nextChange));
    }

    /** Ties on createdAt go to the tier later in the plan, i.e. the one starting later. */
    private Optional<ProductTier> winningTier(List<ProductTier> tiers, Instant t) {
        return tiers.stream()
                .filter(tier -> tier.covers(t))
                .reduce((winner, challenger) -> PRECEDENCE.compare(challenger, winner) >= 0 ? challenger : winner);
    }

    private Availability outsideTiers(ProductTerms product, Instant t) {
        if (t.isBefore(product.saleStart())) {
            return Availability.NOT_STARTED;
        }
        return t.isBefore(product.saleEnd()) ? Availability.NOT_OFFERED : Availability.ENDED;
    }

    private PriceAnswer answerIn(ProductTier tier, PricingPlan plan, Instant t, Currency currency,
                                 BigDecimal taxRatePercent, Instant nextChange) {
        TierTerms terms = tier.terms();
        if (terms.restrictionType() == RestrictionType.COMING_SOON) {
            return PriceAnswer.restricted(tier, t, Availability.COMING_SOON, nextChange);
        }
        if (terms.restricted()) {
            return PriceAnswer.restricted(tier, t, Availability.BLACKOUT, nextChange);
        }
        if (terms.restrictionType() == RestrictionType.ADJUST_RENTAL_DURATION && !t.isBefore(plan.purchaseCutoff())) {
            return PriceAnswer.closedIn(tier, t, Availability.AFTER_CUTOFF, nextChange);
        }
        BigDecimal listed = terms.prices().get(currency);
        if (listed == null) {
            return PriceAnswer.noPriceIn(tier, t, nextChange);
        }
        Price price = plan.taxIncluded()
                ? Price.fromGross(currency, listed, taxRatePercent)
                : Price.fromNet(currency, listed, taxRatePercent);
        return PriceAnswer.sale(tier, t, new Purchase(price, terms.grantsReferences(), plan.rentalEnd(t)), nextChange);
    }

    /**
     * The answer depends on t only through which tiers cover it and which side of the cutoff and
     * of the sale window it lies on, so it can only change at one of those instants. (The rental
     * end moves with t, but by the same rule until the cutoff.)
     */
    private Instant nextChange(PricingPlan plan, Instant t) {
        Stream<Instant> tierBounds = plan.tiers().stream().flatMap(tier -> Stream.of(tier.start(), tier.end()));
        Stream<Instant> planBounds = Stream.of(plan.purchaseCutoff(), plan.product().saleStart(),
                plan.product().saleEnd());
        return Stream.concat(tierBounds, planBounds)
                .filter(instant -> instant.isAfter(t))
                .min(Comparator.naturalOrder())
                .orElse(null);
    }
}
