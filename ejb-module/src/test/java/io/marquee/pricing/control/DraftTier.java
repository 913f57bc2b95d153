package io.marquee.pricing.control;

import io.marquee.pricing.entity.OfferTierDraft;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds tier drafts that are valid unless a test says otherwise. */
final class DraftTier {

    private String type = "Precedent";
    private Integer order;
    private Integer duration = 1;
    private String durationUnits = "month";
    private Instant absoluteStart;
    private Instant absoluteEnd;
    private Map<String, BigDecimal> prices = new LinkedHashMap<>(Map.of("GBP", new BigDecimal("1.99")));
    private String restrictionType = "restricted";
    private Boolean isRestricted = false;
    private Instant createdAt;

    private DraftTier() {
    }

    static DraftTier precedent(Integer order) {
        DraftTier tier = new DraftTier();
        tier.order = order;
        return tier;
    }

    static DraftTier absolute(Instant start, Instant end) {
        DraftTier tier = new DraftTier();
        tier.type = "Absolute";
        tier.duration = null;
        tier.durationUnits = null;
        tier.absoluteStart = start;
        tier.absoluteEnd = end;
        return tier;
    }

    DraftTier type(String type) {
        this.type = type;
        return this;
    }

    DraftTier duration(Integer duration, String units) {
        this.duration = duration;
        this.durationUnits = units;
        return this;
    }

    DraftTier price(String currency, String amount) {
        prices.put(currency, amount == null ? null : new BigDecimal(amount));
        return this;
    }

    DraftTier prices(Map<String, BigDecimal> prices) {
        this.prices = prices;
        return this;
    }

    DraftTier restriction(String restrictionType, Boolean isRestricted) {
        this.restrictionType = restrictionType;
        this.isRestricted = isRestricted;
        return this;
    }

    DraftTier createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    OfferTierDraft build() {
        return new OfferTierDraft(type, order, duration, durationUnits, absoluteStart, absoluteEnd, prices,
                restrictionType, isRestricted, List.of("10112"), createdAt);
    }
}
