package io.marquee.pricing.entity;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * The part of an offer template that prices products: the calendar its durations are counted in,
 * how its prices treat tax, and its tiers in the template's own order.
 *
 * @param taxIncluded true: prices are gross; false: prices are net and tax is added
 * @param taxCode     key of the admins' rate table; the caller looks the rate up
 */
public record OfferTemplateTerms(ZoneId zone, boolean taxIncluded, String taxCode, List<OfferTier> tiers) {

    public OfferTemplateTerms {
        zone = zone == null ? ZoneOffset.UTC : zone;
        Objects.requireNonNull(taxCode, "taxCode");
        tiers = List.copyOf(tiers);
    }

    public List<OfferTier> tiersOf(TierType type) {
        return tiers.stream().filter(tier -> tier.type() == type).toList();
    }
}
