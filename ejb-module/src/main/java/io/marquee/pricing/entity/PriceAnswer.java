package io.marquee.pricing.entity;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The price of a product at a moment, for a catalog or a checkout.
 *
 * @param tierLabel         the winning tier ("P2", "A1"), null when no tier covers the moment
 * @param tierType          the winning tier's type, null when no tier covers the moment
 * @param restrictionEnd    BLACKOUT: the blackout lasts until then; COMING_SOON: the title goes on
 *                          sale then (the end of the restricting tier); null otherwise
 * @param currenciesOffered NO_PRICE_IN_CURRENCY: the currencies the tier has, sorted; empty otherwise
 * @param purchase          what a buyer pays and gets; null unless PURCHASABLE
 * @param nextChange        first instant after {@code at} at which the answer may differ, so a
 *                          catalog can cache until then; null when nothing changes any more
 */
public record PriceAnswer(Instant at, Availability availability, String tierLabel, TierType tierType,
                          Instant restrictionEnd, List<Currency> currenciesOffered, Purchase purchase,
                          Instant nextChange) {

    public PriceAnswer {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(availability, "availability");
        currenciesOffered = List.copyOf(currenciesOffered);
        if ((purchase != null) != (availability == Availability.PURCHASABLE)) {
            throw new IllegalArgumentException("a purchase is given exactly when the product is purchasable");
        }
    }

    public boolean purchasable() {
        return availability == Availability.PURCHASABLE;
    }

    public static PriceAnswer outsideTiers(Instant at, Availability why, Instant nextChange) {
        return new PriceAnswer(at, why, null, null, null, List.of(), null, nextChange);
    }

    public static PriceAnswer restricted(ProductTier tier, Instant at, Availability why, Instant nextChange) {
        return new PriceAnswer(at, why, tier.label(), tier.type(), tier.end(), List.of(), null, nextChange);
    }

    public static PriceAnswer closedIn(ProductTier tier, Instant at, Availability why, Instant nextChange) {
        return new PriceAnswer(at, why, tier.label(), tier.type(), null, List.of(), null, nextChange);
    }

    public static PriceAnswer noPriceIn(ProductTier tier, Instant at, Instant nextChange) {
        return new PriceAnswer(at, Availability.NO_PRICE_IN_CURRENCY, tier.label(), tier.type(), null,
                tier.terms().currencies(), null, nextChange);
    }

    public static PriceAnswer sale(ProductTier tier, Instant at, Purchase purchase, Instant nextChange) {
        return new PriceAnswer(at, Availability.PURCHASABLE, tier.label(), tier.type(), null, List.of(), purchase,
                nextChange);
    }
}
