package io.marquee.sales.control;

import io.marquee.ordering.entity.CustomerOrder;
import io.marquee.ordering.entity.OrderLine;
import io.marquee.sales.entity.FactLine;
import io.marquee.sales.entity.FactRecorded;
import io.marquee.sales.entity.SalesFactKind;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Records what happened to an order as a sales fact, inside the order's own transaction: a fact
 * exists exactly when its change committed. The publisher numbers it afterwards.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SalesFacts {

    /** The facts of one order: one row per kind, in the order given ({@code %s}: a values row per kind). */
    private static final String INSERT = "insert into sales_fact (kind, organiser_id, event_id, order_id, "
            + "order_public_id, occurred_at, tickets, gross, currency, source, utm_medium, utm_campaign, promo_code, lines) "
            + "select k.kind, o.organiser_id, o.event_id, o.id, o.public_id, ?, ?, ?, o.currency, "
            + "coalesce(nullif(o.utm_source, ''), nullif(o.referrer_host, ''), 'direct'), o.utm_medium, o.utm_campaign, "
            + "p.code, (select coalesce(jsonb_agg(l || jsonb_build_object('ticketType', t.name) "
            + "order by cast(l ->> 'ticketTypeId' as bigint)), '[]') from jsonb_array_elements(cast(? as jsonb)) l "
            + "join ticket_type t on t.id = cast(l ->> 'ticketTypeId' as bigint)) "
            + "from customer_order o cross join (values %s) k(n, kind) left join promo_code p on p.id = o.promo_code_id "
            + "where o.id = ? order by k.n";
    private static final String ONE = INSERT.formatted("(1, ?)");
    private static final String TWO = INSERT.formatted("(1, ?), (2, ?)");

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<FactRecorded> recorded;

    /** The order was reserved: its tickets are held. */
    public void reserved(CustomerOrder order, Instant at) {
        record(SalesFactKind.RESERVATION, order, at, order.ticketCount(), order.getTotal(), lines(order, 1, null));
    }

    /** The order was paid and confirmed. */
    public void sold(CustomerOrder order, Instant at) {
        record(SalesFactKind.SALE, order, at, order.ticketCount(), order.getTotal(), lines(order, 1, null));
    }

    /** The order was reserved, paid and confirmed at once (the one-request checkout): both facts, in that order. */
    public void reservedAndSold(CustomerOrder order, Instant at) {
        record(List.of(SalesFactKind.RESERVATION, SalesFactKind.SALE), order, at, order.ticketCount(), order.getTotal(),
                lines(order, 1, null));
    }

    /**
     * {@code amount} of the order went back to the buyer; when {@code ticketsRevoked}, its tickets are
     * void too. The amount is shared over the ticket types in proportion to what each cost.
     */
    public void refunded(CustomerOrder order, Instant at, BigDecimal amount, boolean ticketsRevoked) {
        record(SalesFactKind.REFUND, order, at, ticketsRevoked ? -order.ticketCount() : 0, amount.negate(),
                lines(order, ticketsRevoked ? -1 : 0, amount));
    }

    private void record(SalesFactKind kind, CustomerOrder order, Instant at, int tickets, BigDecimal gross,
                        List<FactLine> lines) {
        record(List.of(kind), order, at, tickets, gross, lines);
    }

    private void record(List<SalesFactKind> kinds, CustomerOrder order, Instant at, int tickets, BigDecimal gross,
                        List<FactLine> lines) {
        em.flush();
        Query insert = em.createNativeQuery(kinds.size() == 1 ? ONE : TWO)
                .setParameter(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).setParameter(2, tickets)
                .setParameter(3, gross).setParameter(4, json(lines));
        for (int i = 0; i < kinds.size(); i++) {
            insert.setParameter(5 + i, kinds.get(i).wireName());
        }
        insert.setParameter(5 + kinds.size(), order.getId()).executeUpdate();
        recorded.fire(new FactRecorded());
    }

    /**
     * Each line's share: its own amount (quantity times unit price less its discount), or for a refund of
     * {@code refunded} a proportional part of it, the last line taking what rounding left over.
     */
    private List<FactLine> lines(CustomerOrder order, int quantitySign, BigDecimal refunded) {
        List<OrderLine> orderLines = order.getLines();
        BigDecimal total = orderLines.stream().map(SalesFacts::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<FactLine> shares = new ArrayList<>();
        BigDecimal shared = BigDecimal.ZERO;
        for (int i = 0; i < orderLines.size(); i++) {
            OrderLine line = orderLines.get(i);
            BigDecimal amount = amount(line);
            if (refunded != null) {
                amount = i == orderLines.size() - 1 ? refunded.subtract(shared)
                        : total.signum() == 0 ? BigDecimal.ZERO
                        : refunded.multiply(amount).divide(total, 4, RoundingMode.HALF_EVEN);
                shared = shared.add(amount);
                amount = amount.negate();
            }
            shares.add(new FactLine(line.getTicketTypeId(), null, quantitySign * line.getQuantity(), amount));
        }
        return shares;
    }

    private static BigDecimal amount(OrderLine line) {
        return line.getUnitPrice().multiply(BigDecimal.valueOf(line.getQuantity())).subtract(line.getDiscount());
    }

    private static String json(List<FactLine> lines) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        // the ticket types' names are added by the insert, from ticket_type
        lines.forEach(l -> array.add(Json.createObjectBuilder().add("ticketTypeId", l.ticketTypeId()).add("quantity", l.quantity())
                .add("amount", l.amount().setScale(4, RoundingMode.HALF_EVEN).toPlainString())));
        return array.build().toString();
    }
}
