package io.marquee.pricing.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A price as it was quoted to a buyer. A purchase in flight pays this until it expires, even if the
 * template changes meanwhile; the grants are kept as the buyer was told them. Nothing stores it: its
 * {@code id} is the signed quote itself ({@code QuoteTokens}), null until it is signed.
 */
public record IssuedQuote(String id, long productId, String tierLabel, Currency currency, BigDecimal gross,
                          BigDecimal net, BigDecimal tax, List<String> grants, Instant rentalEnd, Instant pricedAt,
                          Instant expiresAt) {

    public IssuedQuote {
        Objects.requireNonNull(tierLabel, "tierLabel");
        Objects.requireNonNull(currency, "currency");
        grants = List.copyOf(grants);
        Objects.requireNonNull(rentalEnd, "rentalEnd");
        Objects.requireNonNull(pricedAt, "pricedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The terms of a purchasable answer, not yet signed; instants to the millisecond, as a signed quote keeps them. */
    public static IssuedQuote of(long productId, PriceAnswer answer, Instant expiresAt) {
        Purchase purchase = answer.purchase();
        Price price = purchase.price();
        return new IssuedQuote(null, productId, answer.tierLabel(), price.currency(), price.gross(), price.net(),
                price.tax(), purchase.grantsReferences(), purchase.rentalEnd().truncatedTo(ChronoUnit.MILLIS),
                answer.at().truncatedTo(ChronoUnit.MILLIS), expiresAt.truncatedTo(ChronoUnit.MILLIS));
    }

    public IssuedQuote signed(String signedId) {
        return new IssuedQuote(signedId, productId, tierLabel, currency, gross, net, tax, grants, rentalEnd, pricedAt,
                expiresAt);
    }

    public boolean expiredAt(Instant at) {
        return !at.isBefore(expiresAt);
    }

    /**
     * How the price {@code now} differs from this quote's terms (the price, the tier, the rights), or
     * empty while they hold: a purchase must not pay a price that a template change (a new Absolute
     * tier, a changed price) has replaced since.
     */
    public Optional<String> changedBy(PriceAnswer now) {
        if (!now.purchasable()) {
            return Optional.of("the title is not for sale any more (" + now.availability().name() + ")");
        }
        Purchase purchase = now.purchase();
        if (purchase.price().gross().compareTo(gross) != 0) {
            return Optional.of("the price changed from " + gross.stripTrailingZeros().toPlainString() + " to "
                    + purchase.price().gross().stripTrailingZeros().toPlainString() + " " + currency.getCurrencyCode());
        }
        if (!now.tierLabel().equals(tierLabel)) {
            return Optional.of("the price tier changed from " + tierLabel + " to " + now.tierLabel());
        }
        if (!purchase.grantsReferences().equals(grants)) {
            return Optional.of("the rights a rental gives changed from " + grants + " to " + purchase.grantsReferences());
        }
        return Optional.empty();
    }
}
