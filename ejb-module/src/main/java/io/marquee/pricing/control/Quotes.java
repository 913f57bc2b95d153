package io.marquee.pricing.control;

import io.marquee.platform.entity.OrganiserAccess;
import io.marquee.pricing.entity.CatalogFilter;
import io.marquee.pricing.entity.IssuedQuote;
import io.marquee.pricing.entity.PriceAnswer;
import io.marquee.pricing.entity.PricingPlan;
import io.marquee.pricing.entity.Product;
import io.marquee.platform.control.NotFound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Prices products at a moment from their stored plans, and issues quotes a checkout can hold a buyer to. */
@Stateless
public class Quotes {

    /** Long enough to pay, short enough that a price change reaches buyers soon. */
    public static final Duration VALIDITY = Duration.ofMinutes(15);

    @PersistenceContext
    EntityManager em;

    @Inject
    TaxRates taxRates;

    @Inject
    Products products;

    @Inject
    PricingPlans plans;

    private final PriceResolver resolver = new PriceResolver();

    public record Priced(Product product, PriceAnswer answer) {
    }

    /** A price now and, when it is purchasable, the quote recorded for it (else null). */
    public record Quoted(PriceAnswer answer, IssuedQuote quote) {
    }

    /** Priced from the product's cached plan while it is current (see {@link PricingPlans}). */
    public PriceAnswer priceAt(OrganiserAccess access, long productId, Instant at, Currency currency) {
        PricingPlans.Current current = plans.current(em, access, productId);
        return resolver.priceAt(current.plan(), at, currency, current.taxRatePercent());
    }

    /**
     * Records a purchasable answer as a quote. It expires after {@link #VALIDITY}, or sooner when the
     * price changes, so nobody pays a price that no longer holds.
     */
    public IssuedQuote issue(OrganiserAccess access, long productId, PriceAnswer answer) {
        Visible.productOwner(em, access, productId);
        return record(productId, answer);
    }

    /**
     * {@link #priceAt} and {@link #issue} in one transaction, for a checkout asking the price now
     * unconditionally: one connection and one access check instead of two.
     */
    public Quoted priceAndIssue(OrganiserAccess access, long productId, Instant now, Currency currency) {
        PriceAnswer answer = priceAt(access, productId, now, currency);
        return new Quoted(answer, answer.purchasable() ? record(productId, answer) : null);
    }

    private IssuedQuote record(long productId, PriceAnswer answer) {
        Instant expiry = answer.at().plus(VALIDITY);
        if (answer.nextChange() != null && answer.nextChange().isBefore(expiry)) {
            expiry = answer.nextChange();
        }
        IssuedQuote quote = new IssuedQuote(productId, answer, expiry);
        em.persist(quote);
        return quote;
    }

    /** An issued quote and the organiser whose product it prices. */
    public record Held(IssuedQuote quote, long organiserId) {
    }

    /**
     * A quote issued for one of the caller's organisers' products, expired or not; empty for an unknown
     * quote and for another organiser's (so ids cannot be probed).
     */
    public Optional<Held> held(OrganiserAccess access, UUID quoteId) {
        IssuedQuote quote = em.find(IssuedQuote.class, quoteId);
        if (quote == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Held(quote, Visible.productOwner(em, access, quote.getProductId())));
        } catch (NotFound otherOrganisers) {
            return Optional.empty();
        }
    }

    /** When a rental bought at {@code purchase} ends: its full length, capped at the licence end. */
    public Instant rentalEnd(long productId, Instant purchase) {
        return plans.current(em, OrganiserAccess.all(), productId).plan().rentalEnd(purchase);
    }

    /** A catalog page with each product's price at {@code at}; no quotes are issued for browsing. */
    public List<Priced> catalog(OrganiserAccess access, CatalogFilter filter, Instant at, Currency currency) {
        return products.catalog(access, filter).stream().map(product -> new Priced(product, answer(product, at, currency))).toList();
    }

    private PriceAnswer answer(Product product, Instant at, Currency currency) {
        PricingPlan plan = product.plan();
        return resolver.priceAt(plan, at, currency, taxRates.rateOf(plan.taxCode()));
    }
}
