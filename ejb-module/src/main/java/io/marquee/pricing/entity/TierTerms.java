package io.marquee.pricing.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a tier sells, shared by template tiers and the product tiers made from them.
 * Prices are kept at the currency's minor-unit scale (1.5 GBP becomes 1.50); a finer amount is
 * a programming error here because validation rejects it first.
 *
 * @param restricted the seed's isRestricted: when true, nothing can be bought in this tier
 */
public record TierTerms(Map<Currency, BigDecimal> prices, RestrictionType restrictionType, boolean restricted,
                        List<String> grantsReferences) {

    private static final Comparator<Currency> BY_CODE = Comparator.comparing(Currency::getCurrencyCode);

    public TierTerms {
        prices = atMinorUnits(prices);
        Objects.requireNonNull(restrictionType, "restrictionType");
        grantsReferences = List.copyOf(grantsReferences);
    }

    /** The currencies this tier has a price in, sorted by ISO code. */
    public List<Currency> currencies() {
        return List.copyOf(prices.keySet());
    }

    private static Map<Currency, BigDecimal> atMinorUnits(Map<Currency, BigDecimal> prices) {
        Map<Currency, BigDecimal> scaled = new TreeMap<>(BY_CODE);
        prices.forEach((currency, amount) ->
                scaled.put(currency, amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY)));
        return Collections.unmodifiableMap(scaled);
    }
}
