package io.marquee.pricing.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A template tier as a client sends it, unchecked: names are the document's, enums and currencies
 * are still strings so that an unknown value can be reported rather than fail in parsing.
 *
 * @param type      "Precedent" or "Absolute"
 * @param createdAt null for a tier the client is adding now
 */
public record OfferTierDraft(String type, Integer order, Integer duration, String durationUnits,
                             Instant absoluteStart, Instant absoluteEnd, Map<String, BigDecimal> prices,
                             String restrictionType, Boolean isRestricted, List<String> grantsReferences,
                             Instant createdAt) {
}
