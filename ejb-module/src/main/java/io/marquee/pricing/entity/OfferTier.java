package io.marquee.pricing.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * A tier of an offer template. Precedent tiers carry order, duration and unit; Absolute tiers carry
 * their fixed half-open window [absoluteStart, absoluteEnd). The fields of the other type are null.
 * Client input is checked by OfferTemplateRules first; the checks here only catch programming errors.
 *
 * @param createdAt decides which of several overlapping Absolute tiers wins: the most recent one
 */
public record OfferTier(TierType type, Integer order, Integer duration, DurationUnit durationUnit,
                        Instant absoluteStart, Instant absoluteEnd, TierTerms terms, Instant createdAt) {

    public OfferTier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(createdAt, "createdAt");
        if (type == TierType.PRECEDENT) {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(duration, "duration");
            Objects.requireNonNull(durationUnit, "durationUnit");
            require(duration > 0, "duration must be positive: " + duration);
        } else {
            require(absoluteStart.isBefore(absoluteEnd), "absoluteStart must be before absoluteEnd");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    public static OfferTier precedent(int order, int duration, DurationUnit unit, TierTerms terms, Instant createdAt) {
        return new OfferTier(TierType.PRECEDENT, order, duration, unit, null, null, terms, createdAt);
    }

    public static OfferTier absolute(Instant start, Instant end, TierTerms terms, Instant createdAt) {
        return new OfferTier(TierType.ABSOLUTE, null, null, null, start, end, terms, createdAt);
    }
}
