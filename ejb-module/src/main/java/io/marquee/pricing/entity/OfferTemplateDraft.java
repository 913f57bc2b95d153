package io.marquee.pricing.entity;

import java.time.Instant;
import java.util.List;

/**
 * An offer template as a client sends it, unchecked. Field names are the document's, so that a
 * violation's field path ({@code tiers[1].prices.GBP}) points into what the client wrote.
 *
 * @param zone the calendar tier durations are counted in, e.g. "Europe/London"; null means UTC
 */
public record OfferTemplateDraft(Instant contractStartDate, Instant contractEndDate, String zone,
                                 Boolean isTaxIncluded, String taxCode, List<OfferTierDraft> tiers) {
}
