package io.marquee.pricing.entity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A product's dates and rental length. All windows are half-open: offerEnd and licenseEnd are the
 * first instants at which the title is no longer offered or licensed.
 */
public record ProductTerms(Instant offerStart, Instant offerEnd, Instant licenseStart, Instant licenseEnd,
                           int rentalDuration, DurationUnit rentalUnit) {

    public ProductTerms {
        Objects.requireNonNull(offerStart, "offerStart");
        Objects.requireNonNull(offerEnd, "offerEnd");
        Objects.requireNonNull(licenseStart, "licenseStart");
        Objects.requireNonNull(licenseEnd, "licenseEnd");
        Objects.requireNonNull(rentalUnit, "rentalUnit");
    }

    /** Nothing is sold before both the offer and the licence have started. */
    public Instant saleStart() {
        return offerStart.isAfter(licenseStart) ? offerStart : licenseStart;
    }

    /** Nothing is sold once either the offer or the licence has ended. */
    public Instant saleEnd() {
        return offerEnd.isBefore(licenseEnd) ? offerEnd : licenseEnd;
    }

    /** The last instant from which a full-length rental still fits in the sale window. */
    public Instant purchaseCutoff(ZoneId zone) {
        return rentalUnit.subtractFrom(saleEnd(), rentalDuration, zone);
    }

    /** A rental never outlives the licence: a late purchase gets a shortened rental. */
    public Instant rentalEnd(Instant purchase, ZoneId zone) {
        Instant fullLength = rentalUnit.addTo(purchase, rentalDuration, zone);
        return fullLength.isBefore(licenseEnd) ? fullLength : licenseEnd;
    }
}
