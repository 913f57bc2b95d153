package io.marquee.ordering.control;

import io.marquee.event.control.Events;
import io.marquee.event.entity.LiveEvent;
import io.marquee.event.entity.PromoCode;
import io.marquee.event.entity.TicketType;
import io.marquee.ordering.control.OrderPricing.Discount;
import io.marquee.ordering.control.OrderPricing.PricedLine;
import io.marquee.ordering.entity.OrderRequest;
import io.marquee.ordering.entity.Quote;
import io.marquee.platform.control.Conflict;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.MoneyRules;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.control.Violations;
import io.marquee.platform.entity.OrganiserAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an order would cost, and every rule a buyer's request must keep: ticket types the buyer may
 * see, quantities within the per-order maximum, a price in the currency, an open sale window, a promo
 * code that is valid, not used up and applies. Broken rules answer 400 naming field and rule; an event
 * that does not sell answers 409 {@code event-not-selling}.
 */
@Stateless
public class OrderQuotes {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_EMAIL = 254;

    @PersistenceContext
    EntityManager em;

    @Inject
    Events events;

    /** A quote for a partner or the console: the event must be one of the caller's organisers'. */
    public Quote quote(OrganiserAccess access, long eventId, OrderRequest request) {
        return price(events.read(access, eventId), request, Instant.now(), false).quote();
    }

    /** A quote on the viewer pages, for a published event. */
    public Quote quoteForViewer(String eventPublicId, OrderRequest request) {
        return price(published(eventPublicId), request, Instant.now(), false).quote();
    }

    public LiveEvent published(String eventPublicId) {
        return events.published(eventPublicId).orElseThrow(() -> new NotFound("event", eventPublicId));
    }

    /** Checks {@code request} against the event at {@code now}; {@code reserving} also needs the buyer's email. */
    public PricedOrder price(LiveEvent event, OrderRequest request, Instant now, boolean reserving) {
        Violations found = new Violations();
        boolean knownCurrency = found.present("currency", request.currency());
        if (knownCurrency && MoneyRules.currency(request.currency()).isEmpty()) {
            found.add("currency", "currency", "'" + request.currency() + "' is not an ISO 4217 currency with minor units");
            knownCurrency = false;
        }
        if (reserving) {
            checkEmail(request.buyerEmail(), found);
        }
        Map<Long, TicketType> offered = events.offered(event, request.accessCode()).stream()
                .collect(Collectors.toMap(TicketType::getId, Function.identity()));
        List<TicketType> types = checkLines(request, offered, knownCurrency, now, found);
        Optional<PromoCode> promo = checkPromo(event, request, types, now, knownCurrency, found);
        if (!found.list().isEmpty()) {
            throw new InvalidInput(found.list());
        }
        if (!event.getStatus().selling()) {
            throw new Conflict("event-not-selling", "the event is " + event.getStatus().wireName() + ": it sells no tickets");
        }
        String currency = request.currency();
        List<PricedLine> lines = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            TicketType type = types.get(i);
            lines.add(new PricedLine(type.getId(), type.getName(), request.lines().get(i).quantity(),
                    type.price(currency).orElseThrow(), promo.map(p -> p.appliesTo(type.getId())).orElse(false)));
        }
        Discount discount = promo.map(p -> new Discount(p.getCode(), p.getPercentOff(), p.amountOff(currency).orElse(null)))
                .orElse(Discount.NONE);
        // the rate alone: a managed organiser would be change-checked at every commit
        BigDecimal feeRate = em.createQuery("select o.feeRate from Organiser o where o.id = :id", BigDecimal.class)
                .setParameter("id", event.getOrganiserId()).getSingleResult();
        return new PricedOrder(event, OrderPricing.quote(currency, lines, discount, feeRate), promo);
    }

    static void checkEmail(String email, Violations found) {
        if (found.present("buyerEmail", email)
                && (email.strip().length() > MAX_EMAIL || !EMAIL.matcher(email.strip()).matches())) {
            found.add("buyerEmail", "email", "'" + email + "' is not an email address");
        }
    }

    /** The ticket type of each line, in the request's order (only when every line is valid). */
    private static List<TicketType> checkLines(OrderRequest request, Map<Long, TicketType> offered, boolean knownCurrency,
                                               Instant now, Violations found) {
        List<TicketType> types = new ArrayList<>();
        if (!found.present("lines", request.lines())) {
            return types;
        }
        if (request.lines().isEmpty()) {
            found.add("lines", "not-empty", "an order has at least one line");
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < request.lines().size(); i++) {
            String path = "lines[" + i + "]";
            OrderRequest.Line line = request.lines().get(i);
            if (!found.present(path, line)) {
                continue;
            }
            TicketType type = found.present(path + ".ticketTypeId", line.ticketTypeId())
                    ? offered.get(line.ticketTypeId()) : null;
            if (line.ticketTypeId() != null && type == null) {
                found.add(path + ".ticketTypeId", "known", "the event offers no ticket type " + line.ticketTypeId());
            } else if (line.ticketTypeId() != null && !seen.add(line.ticketTypeId())) {
                found.add(path + ".ticketTypeId", "unique", "ticket type " + line.ticketTypeId() + " is on two lines");
            }
            if (found.present(path + ".quantity", line.quantity())) {
                if (line.quantity() < 1) {
                    found.add(path + ".quantity", "positive", "order at least one ticket, not " + line.quantity());
                } else if (type != null && line.quantity() > type.getMaxPerOrder()) {
                    found.add(path + ".quantity", "max-per-order", "at most " + type.getMaxPerOrder()
                            + " tickets of '" + type.getName() + "' per order");
                }
            }
            if (type != null) {
                if (knownCurrency && type.price(request.currency()).isEmpty()) {
                    found.add("currency", "priced", "'" + type.getName() + "' has no price in " + request.currency()
                            + "; it sells in " + String.join(", ", type.getPrices().keySet()));
                }
                if (!type.onSaleAt(now)) {
                    found.add(path + ".ticketTypeId", "sale-window", "'" + type.getName() + "' sells from "
                            + type.getSaleStartsAt() + " until " + type.getSaleEndsAt());
                }
                types.add(type);
            }
        }
        return types;
    }

    private Optional<PromoCode> checkPromo(LiveEvent event, OrderRequest request, List<TicketType> types, Instant now,
                                           boolean knownCurrency, Violations found) {
        String code = request.promoCode();
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        Optional<PromoCode> promo = events.promoCode(event.getId(), code.strip());
        if (promo.isEmpty()) {
            found.add("promoCode", "known", "no promo code '" + code.strip() + "' for this event");
            return promo;
        }
        PromoCode p = promo.get();
        if (!p.validAt(now)) {
            found.add("promoCode", "valid-window", "'" + p.getCode() + "' is valid from " + p.getValidFrom()
                    + " until " + p.getValidUntil());
        } else if (p.usedUp()) {
            found.add("promoCode", "used-up", "'" + p.getCode() + "' has been used as often as it may be");
        } else if (!types.isEmpty() && types.stream().noneMatch(t -> p.appliesTo(t.getId()))) {
            found.add("promoCode", "applies", "'" + p.getCode() + "' applies to none of the ordered ticket types");
        } else if (knownCurrency && p.getPercentOff() == null && p.amountOff(request.currency()).isEmpty()) {
            found.add("promoCode", "currency", "'" + p.getCode() + "' has no amount off in " + request.currency());
        }
        return promo;
    }
}
