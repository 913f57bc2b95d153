package io.marquee.pricing.control;

import io.marquee.platform.control.MoneyRules;
import io.marquee.platform.control.Violations;
import io.marquee.pricing.entity.DurationUnit;
import io.marquee.pricing.entity.OfferTier;
import io.marquee.pricing.entity.OfferTierDraft;
import io.marquee.pricing.entity.RestrictionType;
import io.marquee.pricing.entity.TierTerms;
import io.marquee.pricing.entity.TierType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The rules of one template tier in isolation; rules across tiers live in {@link OfferTemplateRules}. */
final class OfferTierRules {

    private static final String TIER_TYPES = "Precedent, Absolute";
    private static final String DURATION_UNITS = "hour, day, week, month";
    private static final String RESTRICTION_TYPES = "restricted, coming-soon, adjustRentalDuration or none";

    void check(OfferTierDraft tier, String path, Violations found) {
        if (found.present(path + ".type", tier.type())) {
            Optional<TierType> type = TierType.fromWireName(tier.type());
            found.known(path + ".type", tier.type(), type, TIER_TYPES);
            type.ifPresent(known -> checkPlacement(known, tier, path, found));
        }
        MoneyRules.checkAmounts(tier.prices(), path + ".prices", false, found);
        found.known(path + ".restrictionType", tier.restrictionType(),
                RestrictionType.fromWireName(tier.restrictionType()), RESTRICTION_TYPES);
    }

    /** Converts a tier that passed {@link #check}; a tier without createdAt is being added now. */
    OfferTier toTier(OfferTierDraft tier, Instant now) {
        TierTerms terms = new TierTerms(prices(tier.prices()),
                RestrictionType.fromWireName(tier.restrictionType()).orElseThrow(),
                Boolean.TRUE.equals(tier.isRestricted()),
                tier.grantsReferences() == null ? List.of() : tier.grantsReferences());
        Instant createdAt = Objects.requireNonNullElse(tier.createdAt(), now);
        return switch (TierType.fromWireName(tier.type()).orElseThrow()) {
            case PRECEDENT -> OfferTier.precedent(tier.order(), tier.duration(),
                    DurationUnit.fromWireName(tier.durationUnits()).orElseThrow(), terms, createdAt);
            case ABSOLUTE -> OfferTier.absolute(tier.absoluteStart(), tier.absoluteEnd(), terms, createdAt);
        };
    }

    private void checkPlacement(TierType type, OfferTierDraft tier, String path, Violations found) {
        switch (type) {
            case PRECEDENT -> checkPrecedent(tier, path, found);
            case ABSOLUTE -> checkAbsolute(tier, path, found);
        }
    }

    private void checkPrecedent(OfferTierDraft tier, String path, Violations found) {
        found.present(path + ".order", tier.order());
        if (found.present(path + ".duration", tier.duration()) && tier.duration() <= 0) {
            found.add(path + ".duration", "positive", "duration must be a positive whole number, was " + tier.duration());
        }
        if (found.present(path + ".durationUnits", tier.durationUnits())) {
            found.known(path + ".durationUnits", tier.durationUnits(),
                    DurationUnit.fromWireName(tier.durationUnits()), DURATION_UNITS);
        }
    }

    private void checkAbsolute(OfferTierDraft tier, String path, Violations found) {
        boolean hasStart = found.present(path + ".absoluteStart", tier.absoluteStart());
        boolean hasEnd = found.present(path + ".absoluteEnd", tier.absoluteEnd());
        if (hasStart && hasEnd && !tier.absoluteStart().isBefore(tier.absoluteEnd())) {
            found.add(path + ".absoluteEnd", "before-end", "absoluteStart must be before absoluteEnd");
        }
    }

    private Map<Currency, BigDecimal> prices(Map<String, BigDecimal> prices) {
        Map<Currency, BigDecimal> parsed = new LinkedHashMap<>();
        prices.forEach((code, amount) -> parsed.put(MoneyRules.currency(code).orElseThrow(), amount));
        return parsed;
    }
}
