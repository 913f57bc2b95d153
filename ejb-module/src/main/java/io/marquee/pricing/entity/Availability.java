package io.marquee.pricing.entity;

/** Whether a product can be bought at a moment, and if not, why. */
public enum Availability {
    PURCHASABLE,
    /** Before the offer (or the licence) starts. */
    NOT_STARTED,
    /** Inside the sale window but no tier covers the moment (a template made only of Absolute tiers). */
    NOT_OFFERED,
    /** The winning tier is a blackout (isRestricted); see {@link PriceAnswer#restrictionEnd()}. */
    BLACKOUT,
    /** The winning tier announces the title without selling it; see {@link PriceAnswer#restrictionEnd()}. */
    COMING_SOON,
    /** The winning tier is adjustRentalDuration and a full rental would outlive the sale window. */
    AFTER_CUTOFF,
    /** The winning tier has no price in the requested currency; see {@link PriceAnswer#currenciesOffered()}. */
    NO_PRICE_IN_CURRENCY,
    /** The offer or the licence has ended. */
    ENDED
}
