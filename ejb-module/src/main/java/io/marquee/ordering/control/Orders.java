package io.marquee.ordering.control;

import io.marquee.event.control.Events;
import io.marquee.entitlement.control.Grants;
import io.marquee.event.entity.LiveEvent;
import io.marquee.event.entity.TicketType;
import io.marquee.ordering.entity.CustomerOrder;
import io.marquee.ordering.entity.LedgerEntry;
import io.marquee.ordering.entity.OrderLine;
import io.marquee.ordering.entity.OrderRequest;
import io.marquee.ordering.entity.OrderStatus;
import io.marquee.ordering.entity.Payment;
import io.marquee.ordering.entity.PaymentStatus;
import io.marquee.ordering.entity.Quote;
import io.marquee.ordering.entity.Refund;
import io.marquee.ordering.entity.Ticket;
import io.marquee.platform.control.Audited;
import io.marquee.platform.control.Conflict;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.control.UnguessableIds;
import io.marquee.platform.entity.OrganiserAccess;
import io.marquee.sales.control.SalesFacts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * PPV orders: reserve (hold capacity), pay and confirm, cancel, expire, refund. Rentals are reserved
 * by {@link Rentals} and then paid, confirmed and refunded here like every order. Every change to an
 * existing order first takes the order's row lock ({@code select ... for update}), so the buyer's
 * return and the provider's webhook, a cancel and the expiry timer, never act on the same order at
 * once; capacity and promo use change only through {@link CapacityGuard}.
 * <p>
 * Partners and the console pass their {@link OrganiserAccess}; the viewer pages have no partner and
 * name the order by its unguessable public id, which is the buyer's capability ({@link #forBuyer}).
 */
@Stateless
public class Orders {

    private static final Pattern CARD = Pattern.compile("\\d{12,19}");
    private static final String OUTBOX = "insert into ticket_email (order_id, recipient) values (?, ?)";
    private static final String LEDGER_SALE = "insert into ledger_entry (organiser_id, order_id, kind, currency, gross, "
            + "fee, net) values (?, ?, ?, ?, ?, ?, ?)";

    @Inject
    Grants grants;

    @PersistenceContext
    EntityManager em;

    @Inject
    Events events;

    @Inject
    OrderQuotes quotes;

    @Inject
    PaymentProvider provider;

    @Inject
    SalesFacts salesFacts;

    @Inject
    Rentals rentals;

    @Inject
    @ConfigProperty(name = "marquee.ordering.hold-minutes", defaultValue = "10")
    int holdMinutes;

    /** Access for a buyer on the viewer pages: the order's public id is the capability. */
    public static OrganiserAccess forBuyer() {
        return OrganiserAccess.all();
    }

    /**
     * Reserves tickets for a partner ({@code partnerId}) or the console ({@code partnerId} null):
     * checks the request (400 naming field and rule), holds capacity (409 {@code sold-out}) and the promo
     * code's use until the hold expires.
     */
    public CustomerOrder reserve(OrganiserAccess access, long eventId, Long partnerId, OrderRequest request) {
        return reserve(events.read(access, eventId), partnerId, request);
    }

    /** Reserves on the viewer pages: a published event, no partner. */
    public CustomerOrder reserveForViewer(String eventPublicId, OrderRequest request) {
        return reserve(quotes.published(eventPublicId), null, request);
    }

    private CustomerOrder reserve(LiveEvent event, Long partnerId, OrderRequest request) {
        Instant now = Instant.now();
        PricedOrder priced = quotes.price(event, request, now, true);
        refuseWhenSoldOut(priced);
        CustomerOrder order = newOrder(priced, partnerId, request, now);
        em.persist(order);
        em.flush();
        salesFacts.reserved(order, now);
        hold(priced);
        return order;
    }

    /**
     * The one-request checkout, for a storefront that holds the buyer's card: reserves, pays and confirms
     * in one transaction. The request is checked first (400), then the card is authorised before anything
     * is written or locked: a declined card answers {@link PaymentDeclined} and a provider failure
     * {@link PaymentProviderFault}, with nothing written or held. An authorised payment is captured and the
     * order written confirmed (tickets, ledger sale, ticket email, grants, facts); the capacity holds come
     * last, so each ticket type's row is locked only from its hold to the commit. When they fail (409
     * {@code sold-out}, promo code used up) nothing is written and the captured money goes back. A card
     * that needs the buyer (3-D Secure) leaves the order reserved, as {@link #pay} does.
     */
    public PaymentOutcome checkout(OrganiserAccess access, long eventId, Long partnerId, OrderRequest request,
                                   String cardNumber) {
        String card = card(cardNumber, "payment.cardNumber");
        Instant now = Instant.now();
        PricedOrder priced = quotes.price(events.read(access, eventId), request, now, true);
        refuseWhenSoldOut(priced);
        CustomerOrder order = newOrder(priced, partnerId, request, now);
        PaymentProvider.Authorisation authorisation = provider.authorise(order.getPublicId(), order.getTotal(),
                order.getCurrency(), card);
        switch (authorisation.outcome()) {
            case DECLINED -> throw new PaymentDeclined(authorisation.providerRef(), authorisation.message());
            case FAILED -> throw new PaymentProviderFault(authorisation.message());
            default -> {
                // authorised, or waiting for the buyer: written below
            }
        }
        boolean paid = authorisation.outcome() == PaymentProvider.Outcome.AUTHORISED;
        if (paid) {
            provider.capture(authorisation.providerRef(), order.getTotal(), order.getCurrency());
        }
        try {
            if (paid) {
                order.confirm(now);
            }
            em.persist(order);
            em.flush();
            Payment payment = new Payment(order, provider.name(), authorisation.providerRef(), PaymentStatus.AUTHORISED,
                    authorisation.message(), now);
            if (paid) {
                payment.captured(now);
                em.persist(payment);
                salesFacts.reservedAndSold(order, now);
                fulfil(order);
            } else {
                em.persist(payment);
                salesFacts.reserved(order, now);
            }
            hold(priced);
            return new PaymentOutcome(order, payment);
        } catch (RuntimeException notSold) {
            if (paid) {
                // the money came for tickets the buyer does not get: it goes back
                provider.refund(authorisation.providerRef(), order.getTotal(), order.getCurrency());
            }
            throw notSold;
        }
    }

    private CustomerOrder newOrder(PricedOrder priced, Long partnerId, OrderRequest request, Instant now) {
        return new CustomerOrder(UnguessableIds.next(), priced.event().getId(), priced.event().getOrganiserId(),
                partnerId, request.buyerEmail().strip(), priced.promoCode().map(p -> p.getId()).orElse(null),
                priced.quote(), now.plus(Duration.ofMinutes(holdMinutes)), request.source());
    }

    /**
     * 409 {@code sold-out} at once when the ticket types as just read have too few tickets left: a buyer
     * after the sell-out costs no writes and no card authorisation. Only a shortcut: the guarded hold
     * still decides, so a stale read can never oversell.
     */
    private static void refuseWhenSoldOut(PricedOrder priced) {
        priced.quote().lines().forEach(line -> {
            if (priced.event().ticketType(line.ticketTypeId()).map(TicketType::getAvailable).orElse(0) < line.quantity()) {
                throw soldOut(line);
            }
        });
    }

    private static Conflict soldOut(Quote.QuotedLine line) {
        return new Conflict("sold-out", "not enough tickets of '" + line.name() + "' left for " + line.quantity());
    }

    /**
     * Holds the order's capacity (409 {@code sold-out}) and its promo code's use: the last statements of
     * the transaction, as each keeps its row locked until the commit. One order of locks (by ticket type
     * id), so two multi-line orders never deadlock.
     */
    private void hold(PricedOrder priced) {
        priced.quote().lines().stream().sorted(Comparator.comparingLong(l -> l.ticketTypeId())).forEach(line -> {
            if (!CapacityGuard.hold(em, line.ticketTypeId(), line.quantity())) {
                throw soldOut(line);
            }
        });
        priced.promoCode().ifPresent(promo -> {
            if (!CapacityGuard.usePromo(em, promo.getId())) {
                throw new InvalidInput("promoCode", "used-up", "'" + promo.getCode() + "' has been used as often as it may be");
            }
        });
    }

    public CustomerOrder find(OrganiserAccess access, String orderId) {
        return em.createNamedQuery(CustomerOrder.BY_PUBLIC_ID, CustomerOrder.class)
                .setParameter("publicId", orderId).getResultStream().findFirst()
                .filter(o -> access.allows(o.getOrganiserId())).orElseThrow(() -> new NotFound("order", orderId));
    }

    /** The newest orders the caller may see, of one event when {@code eventId} is given. */
    public List<CustomerOrder> recent(OrganiserAccess access, Long eventId, int max) {
        String where = (access.everyOrganiser() ? "true" : "o.organiserId in :ids")
                + (eventId == null ? "" : " and o.eventId = :eventId");
        var query = em.createQuery("select o from CustomerOrder o where " + where + " order by o.id desc",
                CustomerOrder.class).setMaxResults(max);
        if (!access.everyOrganiser()) {
            if (access.organiserIds().isEmpty()) {
                return List.of();
            }
            query.setParameter("ids", List.copyOf(access.organiserIds()));
        }
        if (eventId != null) {
            query.setParameter("eventId", eventId);
        }
        return query.getResultList();
    }

    public List<Ticket> tickets(OrganiserAccess access, String orderId) {
        CustomerOrder order = find(access, orderId);
        return em.createNamedQuery(Ticket.OF_ORDER, Ticket.class).setParameter("orderId", order.getId()).getResultList();
    }

    public List<Payment> payments(OrganiserAccess access, String orderId) {
        CustomerOrder order = find(access, orderId);
        return em.createNamedQuery(Payment.OF_ORDER, Payment.class).setParameter("orderId", order.getId()).getResultList();
    }

    public List<Refund> refunds(OrganiserAccess access, String orderId) {
        CustomerOrder order = find(access, orderId);
        return em.createNamedQuery(Refund.OF_ORDER, Refund.class).setParameter("orderId", order.getId()).getResultList();
    }

    /**
     * Pays a reservation with a card. The sandbox's success card confirms the order at once
     * (tickets, ledger sale, ticket email queued); a card that needs the buyer's action leaves it
     * reserved until {@link #paymentReturned} or the provider's webhook; a declined or failed
     * attempt is recorded and the order stays reserved. 409 when the order is not reserved or its
     * hold has expired.
     */
    public PaymentOutcome pay(OrganiserAccess access, String orderId, String cardNumber) {
        String card = card(cardNumber, "cardNumber");
        Instant now = Instant.now();
        CustomerOrder order = locked(access, orderId);
        if (order.getStatus() != OrderStatus.RESERVED) {
            throw new Conflict("order-not-reserved", "the order is " + order.getStatus().wireName() + ": it takes no payment");
        }
        if (order.holdExpiredAt(now)) {
            throw new Conflict("hold-expired", "the order's hold expired at " + order.getHoldExpiresAt() + "; order again");
        }
        PaymentProvider.Authorisation authorisation = provider.authorise(order.getPublicId(), order.getTotal(),
                order.getCurrency(), card);
        PaymentStatus status = switch (authorisation.outcome()) {
            case AUTHORISED, ACTION_REQUIRED -> PaymentStatus.AUTHORISED;
            case DECLINED -> PaymentStatus.DECLINED;
            case FAILED -> PaymentStatus.FAILED;
        };
        Payment payment = new Payment(order, provider.name(), authorisation.providerRef(), status,
                authorisation.message(), now);
        // inserted at the next flush, after complete() captured it: one insert, no update
        em.persist(payment);
        if (authorisation.outcome() == PaymentProvider.Outcome.AUTHORISED) {
            complete(order, payment, now);
        }
        return new PaymentOutcome(order, payment);
    }

    /** The buyer came back from the provider: completes the payment unless the webhook did already. */
    public PaymentOutcome paymentReturned(OrganiserAccess access, String orderId, String paymentRef) {
        CustomerOrder order = locked(access, orderId);
        Payment payment = em.createNamedQuery(Payment.BY_PROVIDER_REF, Payment.class)
                .setParameter("provider", provider.name()).setParameter("ref", paymentRef).getResultStream()
                .filter(p -> p.getOrderId() == order.getId()).findFirst()
                .orElseThrow(() -> new NotFound("payment", paymentRef));
        complete(order, payment, Instant.now());
        return new PaymentOutcome(order, payment);
    }

    /**
     * The provider's webhook: a payment completed. Verified by its signature (400 otherwise);
     * completing an already completed payment changes nothing.
     */
    public PaymentOutcome paymentCompleted(String payload, String signature) {
        String paymentRef = provider.completedPayment(payload, signature)
                .orElseThrow(() -> new InvalidInput("signature", "valid", "the webhook's signature or body is not valid"));
        Object[] ids = em.createQuery("select p.id, p.orderId from Payment p where p.provider = :provider "
                        + "and p.providerRef = :ref", Object[].class).setParameter("provider", provider.name())
                .setParameter("ref", paymentRef).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("payment", paymentRef));
        CustomerOrder order = em.find(CustomerOrder.class, ids[1], LockModeType.PESSIMISTIC_WRITE);
        Payment payment = em.find(Payment.class, ids[0]);
        complete(order, payment, Instant.now());
        return new PaymentOutcome(order, payment);
    }

    /**
     * Captures an authorised payment and confirms the order, once: called with the order's row lock
     * held, so a second caller sees the payment captured and does nothing. If the order stopped being
     * reserved before the money came (cancelled or expired), the money goes back.
     */
    private void complete(CustomerOrder order, Payment payment, Instant now) {
        if (payment.getStatus() != PaymentStatus.AUTHORISED) {
            return;
        }
        provider.capture(payment.getProviderRef(), payment.getAmount(), payment.getCurrency());
        payment.captured(now);
        if (order.getStatus() != OrderStatus.RESERVED) {
            provider.refund(payment.getProviderRef(), payment.getAmount(), payment.getCurrency());
            payment.returned("the order was " + order.getStatus().wireName()
                    + " before the payment completed; the money went back", now);
            return;
        }
        order.confirm(now);
        em.flush();
        fulfil(order);
        salesFacts.sold(order, now);
    }

    /**
     * What a confirmed order gets, written in its confirming transaction (the caller records the sale
     * fact): its tickets (or the rental's admission), the ledger sale, the ticket email in the outbox and
     * the grants. Rows nothing reads back here are inserted directly, not through the persistence context.
     */
    private void fulfil(CustomerOrder order) {
        if (order.isRental()) {
            rentals.admit(order, order.getConfirmedAt());
        }
        issueTickets(order);
        LedgerEntry sale = LedgerEntry.sale(order);
        em.createNativeQuery(LEDGER_SALE).setParameter(1, sale.getOrganiserId()).setParameter(2, sale.getOrderId())
                .setParameter(3, sale.getKind()).setParameter(4, sale.getCurrency()).setParameter(5, sale.getGross())
                .setParameter(6, sale.getFee()).setParameter(7, sale.getNet()).executeUpdate();
        em.createNativeQuery(OUTBOX).setParameter(1, order.getId()).setParameter(2, order.getBuyerEmail()).executeUpdate();
        grants.issueForOrder(order.getId());
    }

    /** One statement for all the order's tickets. */
    private void issueTickets(CustomerOrder order) {
        int count = order.ticketCount();
        if (count == 0) {
            return;
        }
        Query insert = em.createNativeQuery("insert into ticket (token, order_id, ticket_type_id) values "
                + String.join(", ", Collections.nCopies(count, "(?, ?, ?)")));
        int parameter = 1;
        for (OrderLine line : order.getLines()) {
            for (int i = 0; i < line.getQuantity(); i++) {
                insert.setParameter(parameter++, UnguessableIds.next()).setParameter(parameter++, order.getId())
                        .setParameter(parameter++, line.getTicketTypeId());
            }
        }
        insert.executeUpdate();
    }

    private static String card(String cardNumber, String field) {
        String digits = cardNumber == null ? null : cardNumber.replace(" ", "");
        if (digits == null || !CARD.matcher(digits).matches()) {
            throw new InvalidInput(field, "format", "a card number is 12 to 19 digits");
        }
        return digits;
    }

    /** Cancels a reservation: its capacity and promo use are free again. 409 unless it is reserved. */
    public CustomerOrder cancel(OrganiserAccess access, String orderId) {
        CustomerOrder order = locked(access, orderId);
        if (order.getStatus() != OrderStatus.RESERVED) {
            throw new Conflict("order-not-reserved", "the order is " + order.getStatus().wireName() + ": only a reservation can be cancelled");
        }
        close(order, OrderStatus.CANCELLED, Instant.now());
        return order;
    }

    /**
     * Expires up to {@code max} reservations whose hold has run out, releasing their capacity. Rows
     * another transaction holds (a payment in progress, another instance's timer) are skipped.
     */
    public int expireHolds(int max) {
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("select id from customer_order where status = 'reserved' "
                        + "and hold_expires_at < now() order by hold_expires_at limit ? for update skip locked")
                .setParameter(1, max).getResultList();
        Instant now = Instant.now();
        due.forEach(id -> close(em.find(CustomerOrder.class, id.longValue()), OrderStatus.EXPIRED, now));
        return due.size();
    }

    private void close(CustomerOrder order, OrderStatus outcome, Instant now) {
        order.close(outcome, now);
        releaseCapacity(order);
        if (order.getPromoCodeId() != null) {
            CapacityGuard.returnPromo(em, order.getPromoCodeId());
        }
    }

    private void releaseCapacity(CustomerOrder order) {
        order.getLines().stream().sorted(Comparator.comparingLong(OrderLine::getTicketTypeId))
                .forEach(line -> CapacityGuard.release(em, line.getTicketTypeId(), line.getQuantity()));
    }

    /**
     * Refunds {@code amount} of a confirmed order ({@code null}: all that is left) at the provider,
     * books the reversal (the fee given back in proportion) and, when nothing is left, revokes the
     * tickets and, while the event has not started, returns their capacity.
     */
    @Audited("order.refunded")
    public Refund refund(OrganiserAccess access, String orderId, BigDecimal amount, String reason, String by) {
        Instant now = Instant.now();
        CustomerOrder order = locked(access, orderId);
        if (order.getStatus() != OrderStatus.CONFIRMED) {
            throw new Conflict("order-not-refundable", "the order is " + order.getStatus().wireName() + ": only a confirmed order is refunded");
        }
        BigDecimal left = order.refundable();
        BigDecimal value = amount == null ? left : amount;
        if (value.signum() <= 0 || value.compareTo(left) > 0) {
            throw new InvalidInput("amount", "refundable", "a refund is above zero and at most "
                    + left.toPlainString() + " " + order.getCurrency());
        }
        if (value.stripTrailingZeros().scale() > OrderPricing.scale(order.getCurrency())) {
            throw new InvalidInput("amount", "scale", value.toPlainString() + " is finer than the currency's "
                    + OrderPricing.scale(order.getCurrency()) + " decimals");
        }
        Payment payment = em.createNamedQuery(Payment.OF_ORDER, Payment.class).setParameter("orderId", order.getId())
                .getResultStream().filter(p -> p.getStatus() == PaymentStatus.CAPTURED).findFirst()
                .orElseThrow(() -> new IllegalStateException("a confirmed order without a captured payment: " + orderId));
        String refundRef = provider.refund(payment.getProviderRef(), value, order.getCurrency());
        Refund refund = new Refund(order.getId(), OrderPricing.atScale(value, order.getCurrency()), reason, refundRef, by);
        em.persist(refund);
        em.flush();
        BigDecimal feeReturnedBefore = em.createQuery("select coalesce(sum(e.fee), 0) from LedgerEntry e "
                        + "where e.orderId = :orderId and e.kind = 'refund'", BigDecimal.class)
                .setParameter("orderId", order.getId()).getSingleResult().negate();
        boolean last = value.compareTo(left) == 0;
        em.persist(LedgerEntry.refund(order, refund, OrderPricing.feeReturned(order.getPlatformFee(), order.getTotal(),
                value, feeReturnedBefore, last, order.getCurrency())));
        order.refund(refund.getAmount(), now);
        salesFacts.refunded(order, now, refund.getAmount(), order.getStatus() == OrderStatus.REFUNDED);
        if (order.getStatus() == OrderStatus.REFUNDED) {
            em.createNamedQuery(Ticket.OF_ORDER, Ticket.class).setParameter("orderId", order.getId()).getResultList()
                    .forEach(t -> t.revoke(now));
            em.flush();
            grants.revokeForOrder(order.getId(), "refunded");
            if (!order.isRental() && now.isBefore(em.find(LiveEvent.class, order.getEventId()).getStartsAt())) {
                releaseCapacity(order);
            }
        }
        return refund;
    }

    private CustomerOrder locked(OrganiserAccess access, String orderId) {
        return em.createNamedQuery(CustomerOrder.BY_PUBLIC_ID, CustomerOrder.class).setParameter("publicId", orderId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .filter(o -> access.allows(o.getOrganiserId())).orElseThrow(() -> new NotFound("order", orderId));
    }
}
