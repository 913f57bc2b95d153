package io.marquee.pricing.control;

import io.marquee.platform.entity.OrganiserAccess;
import io.marquee.pricing.entity.IssuedQuote;
import io.marquee.pricing.entity.PriceAnswer;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.control.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;

/**
 * Prices products at a moment from their stored plans, and issues quotes a checkout can hold a buyer to.
 * Not an EJB: pricing reads cached plans ({@link PricingPlans}, which reads a plan it lacks through
 * {@link Products} in a transaction), so a price needs neither a transaction nor the EJB container's
 * call, which cost a price as much as the pricing itself.
 */
@ApplicationScoped
public class Quotes {

    /** Long enough to pay, short enough that a price change reaches buyers soon. */
    public static final Duration VALIDITY = Duration.ofMinutes(15);

    @Inject
    PricingPlans plans;

    @Inject
    Secrets secrets;

    private final PriceResolver resolver = new PriceResolver();
    private volatile QuoteTokens tokens;

    /** A price now and, when it is purchasable, a quote of it (else null). */
    public record Quoted(PriceAnswer answer, IssuedQuote quote) {
    }

    /** Priced from the product's cached plan while it is current (see {@link PricingPlans}). */
    public PriceAnswer priceAt(OrganiserAccess access, long productId, Instant at, Currency currency) {
        PricingPlans.Current current = plans.current(access, productId);
        return resolver.priceAt(current.plan(), at, currency, current.taxRatePercent());
    }

    /**
     * A purchasable answer as a quote a checkout can pay. It expires after {@link #VALIDITY}, or sooner
     * when the price changes, so nobody pays a price that no longer holds. Nothing is written: the
     * quote's id is the quote, signed ({@link QuoteTokens}).
     */
    public IssuedQuote issue(long productId, PriceAnswer answer) {
        Instant expiry = answer.at().plus(VALIDITY);
        if (answer.nextChange() != null && answer.nextChange().isBefore(expiry)) {
            expiry = answer.nextChange();
        }
        return tokens().sign(IssuedQuote.of(productId, answer, expiry));
    }

    /** {@link #priceAt} and, when it is purchasable, {@link #issue}: for a checkout asking the price now. */
    public Quoted priceAndIssue(OrganiserAccess access, long productId, Instant now, Currency currency) {
        PriceAnswer answer = priceAt(access, productId, now, currency);
        return new Quoted(answer, answer.purchasable() ? issue(productId, answer) : null);
    }

    /** An issued quote and the organiser whose product it prices. */
    public record Held(IssuedQuote quote, long organiserId) {
    }

    /**
     * The quote {@code quoteId} stands for, expired or not, when it prices one of the caller's
     * organisers' products.
     *
     * @throws InvalidInput on {@code quoteId}: "format" for what is no quote id, "known" for one not
     *                      signed here as it reads or for another organiser's product (so ids cannot be probed)
     */
    public Held held(OrganiserAccess access, String quoteId) {
        IssuedQuote quote = tokens().verify(quoteId);
        try {
            return new Held(quote, plans.current(access, quote.productId()).organiserId());
        } catch (NotFound otherOrganisers) {
            throw new InvalidInput("quoteId", "known", "there is no quote " + quoteId + " for your organisers' titles");
        }
    }

    private QuoteTokens tokens() {
        if (tokens == null) { // a race makes two alike, harmlessly
            tokens = QuoteTokens.under(secrets.box());
        }
        return tokens;
    }

    /** When a rental bought at {@code purchase} ends: its full length, capped at the licence end. */
    public Instant rentalEnd(long productId, Instant purchase) {
        return plans.current(OrganiserAccess.all(), productId).plan().rentalEnd(purchase);
    }
}
