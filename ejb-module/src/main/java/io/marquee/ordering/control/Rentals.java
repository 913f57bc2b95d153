package io.marquee.ordering.control;

import io.marquee.entitlement.control.Grants;
import io.marquee.ordering.entity.CustomerOrder;
import io.marquee.ordering.entity.Quote;
import io.marquee.ordering.entity.RentalSummary;
import io.marquee.ordering.entity.Ticket;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.SqlColumns;
import io.marquee.platform.control.UnguessableIds;
import io.marquee.platform.control.Violations;
import io.marquee.platform.entity.OrganiserAccess;
import io.marquee.pricing.control.Quotes;
import io.marquee.pricing.entity.IssuedQuote;
import io.marquee.pricing.entity.PriceAnswer;
import io.marquee.sales.control.SalesFacts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * TVOD rentals through the ordering flow: an order made from a price quote the pricing capability
 * issued, at that quote's price while it holds; paid, cancelled, expired and refunded as every order
 * is ({@link Orders}). On confirmation the rental gets one ticket, whose token opens the player, and
 * one grant: from the purchase for the rental's length, capped at the licence end, with the quote's
 * rights.
 * <p>
 * The ledger books a rental like a ticket sale: the product's organiser (the owner of its offer
 * template) is the seller and the platform's fee is that organiser's fee rate of the gross.
 */
@Stateless
public class Rentals {

    @PersistenceContext
    EntityManager em;

    @Inject
    SalesFacts salesFacts;

    @Inject
    Quotes quotes;

    @Inject
    Grants grants;

    @Inject
    @ConfigProperty(name = "marquee.ordering.hold-minutes", defaultValue = "10")
    int holdMinutes;

    /**
     * Reserves a rental at quote {@code quoteId}: 400 naming the field for a malformed id or email,
     * a quote not signed here as it reads or another organiser's, {@link QuoteRefused} (nothing
     * written) when the quote expired or its price no longer holds. The order keeps the quote's rights.
     */
    public CustomerOrder rent(OrganiserAccess access, Long partnerId, String quoteId, String buyerEmail) {
        Violations found = new Violations();
        found.present("quoteId", quoteId);
        OrderQuotes.checkEmail(buyerEmail, found);
        if (!found.list().isEmpty()) {
            throw new InvalidInput(found.list());
        }
        Quotes.Held held = quotes.held(access, quoteId);
        IssuedQuote quote = held.quote();
        Instant now = Instant.now();
        if (quote.expiredAt(now)) {
            throw new QuoteRefused(quote.id(), QuoteRefused.EXPIRED, quote.productId(), quote.currency(),
                    "quote " + quote.id() + " expired at " + quote.expiresAt() + "; retry with the current price's quote");
        }
        PriceAnswer current = quotes.priceAt(access, quote.productId(), now, quote.currency());
        quote.changedBy(current).ifPresent(change -> {
            throw new QuoteRefused(quote.id(), QuoteRefused.PRICE_CHANGED, quote.productId(), quote.currency(),
                    "quote " + quote.id() + " no longer holds: " + change);
        });
        // the rate alone: a managed organiser would be change-checked at every commit
        BigDecimal feeRate = em.createQuery("select o.feeRate from Organiser o where o.id = :id", BigDecimal.class)
                .setParameter("id", held.organiserId()).getSingleResult();
        // a rental near the licence end can be paid only while it would still play
        Instant hold = now.plus(Duration.ofMinutes(holdMinutes));
        CustomerOrder order = CustomerOrder.rental(UnguessableIds.next(), quote.productId(), quote.id(), quote.grants(),
                held.organiserId(), partnerId, buyerEmail.strip(), priced(quote, feeRate),
                hold.isBefore(quote.rentalEnd()) ? hold : quote.rentalEnd());
        em.persist(order);
        em.flush();
        salesFacts.reserved(order, now);
        return order;
    }

    /** The quote's gross (tax included) is what the buyer pays; the fee comes out of the organiser's share. */
    private static Quote priced(IssuedQuote quote, BigDecimal feeRate) {
        String currency = quote.currency().getCurrencyCode();
        BigDecimal gross = OrderPricing.atScale(quote.gross(), currency);
        return new Quote(currency, List.of(), null, gross, OrderPricing.atScale(BigDecimal.ZERO, currency),
                OrderPricing.atScale(quote.tax(), currency), OrderPricing.fee(gross, feeRate, currency), gross);
    }

    /** The rented title and its grant's window, for the buyer's confirmation page: one read. */
    public RentalSummary summary(CustomerOrder order) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select p.title, g.valid_from, g.valid_until, g.revoked_at is not null
                from product p left join entitlement g on g.order_id = ? and g.product_id = p.id
                where p.id = ?""").setParameter(1, order.getId()).setParameter(2, order.getProductId()).getSingleResult();
        return new RentalSummary((String) row[0], SqlColumns.instant(row[1]), SqlColumns.instant(row[2]),
                Boolean.TRUE.equals(row[3]));
    }

    /**
     * The confirmation's part for a rental, in the confirming transaction with the order's row lock
     * held (so once per order): the ticket and its grant from {@code purchase}.
     */
    public void admit(CustomerOrder order, Instant purchase) {
        Ticket ticket = new Ticket(UnguessableIds.next(), order.getId(), null);
        em.persist(ticket);
        em.flush();
        grants.issueForRental(ticket.getId(), order.getId(), order.getProductId(), order.getBuyerEmail(),
                order.getRentalGrants(), purchase, quotes.rentalEnd(order.getProductId(), purchase));
    }
}
