package io.marquee.pricing.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A tier materialised on a product, with concrete half-open window [start, end).
 *
 * @param label "P" + order for Precedent tiers, "A" + position among the template's Absolute tiers
 */
public record ProductTier(TierType type, String label, Instant start, Instant end, TierTerms terms,
                          Instant createdAt) {

    public ProductTier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("tier " + label + " must start before it ends: " + start + " .. " + end);
        }
    }

    public static ProductTier from(OfferTier tier, String label, Instant start, Instant end) {
        return new ProductTier(tier.type(), label, start, end, tier.terms(), tier.createdAt());
    }

    public boolean covers(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** This tier cut to [from, to); empty when nothing of it lies inside. */
    public Optional<ProductTier> clippedTo(Instant from, Instant to) {
        Instant clippedStart = start.isAfter(from) ? start : from;
        Instant clippedEnd = end.isBefore(to) ? end : to;
        if (!clippedStart.isBefore(clippedEnd)) {
            return Optional.empty();
        }
        return Optional.of(new ProductTier(type, label, clippedStart, clippedEnd, terms, createdAt));
    }
}
