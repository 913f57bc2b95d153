package io.marquee.sales.control;

import io.marquee.event.entity.LiveEvent;
import io.marquee.ordering.control.OrderingDemo;
import io.marquee.ordering.entity.CustomerOrder;
import io.marquee.ordering.entity.OrderRequest;
import io.marquee.platform.entity.OrganiserAccess;
import io.marquee.sales.entity.Visit;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The demo event's history, so the live dashboard shows something on the first run: four days of
 * visits from a newsletter, social media, a search engine and direct, and a day of sales through the
 * real order flow (sales facts, ledger, tickets), moved back in time before the facts are published.
 * Seeded randomness: every first run shows the same history.
 */
@Stateless
public class LiveSalesDemo {

    private static final CustomerOrder.Source[] SOURCES = {
            new CustomerOrder.Source("mail.northern-lights.example", "newsletter", "email", "aurora"),
            new CustomerOrder.Source("www.facebook.com", null, null, null),
            new CustomerOrder.Source("www.google.com", null, null, null),
            new CustomerOrder.Source(null, null, null, null)};
    private static final int[] VISITS_PER_HOUR = {6, 4, 3, 2};
    private static final int SALES = 24;

    @PersistenceContext
    EntityManager em;

    @Inject
    OrderingDemo ordering;

    @Inject
    Visits visits;

    public void load(LiveEvent event, Instant now) {
        Random random = new Random(7);
        List<Visit> history = new ArrayList<>();
        for (int hour = 96; hour > 0; hour--) {
            for (int source = 0; source < SOURCES.length; source++) {
                for (int i = random.nextInt(VISITS_PER_HOUR[source] + 1); i > 0; i--) {
                    history.add(new Visit(event.getId(), now.minus(Duration.ofMinutes(hour * 60L - random.nextInt(60))),
                            SOURCES[source]));
                }
            }
        }
        visits.write(history);
        OrganiserAccess access = OrganiserAccess.only(Set.of(event.getOrganiserId()));
        long streamTicket = event.getTicketTypes().get(0).getId();
        for (int sale = 0; sale < SALES; sale++) {
            CustomerOrder order = ordering.buy(access, event, new OrderRequest(sale % 3 == 0 ? "EUR" : "NOK",
                    List.of(new OrderRequest.Line(streamTicket, 1 + random.nextInt(3))), null, null,
                    "demo-buyer-" + sale + "@example.com", SOURCES[random.nextInt(SOURCES.length)]));
            backdate(order, now.minus(Duration.ofMinutes(30 + random.nextInt(23 * 60))));
        }
    }

    /** The order, its payment, ledger entry and (not yet published) sales facts, as if bought at {@code paid}. */
    private void backdate(CustomerOrder order, Instant paid) {
        em.flush();
        Timestamp reserved = Timestamp.from(paid.minus(Duration.ofMinutes(3)));
        Timestamp at = Timestamp.from(paid);
        update("update customer_order set created_at = ?, confirmed_at = ?, hold_expires_at = ? where id = ?",
                reserved, at, at, order.getId());
        update("update payment set created_at = ?, updated_at = ? where order_id = ?", reserved, at, order.getId());
        update("update ledger_entry set booked_at = ? where order_id = ?", at, order.getId());
        update("update sales_fact set occurred_at = case kind when 'reservation' then cast(? as timestamptz) else cast(? as timestamptz) end "
                + "where order_id = ? and seq is null", reserved, at, order.getId());
    }

    private void update(String sql, Object... values) {
        var update = em.createNativeQuery(sql);
        for (int i = 0; i < values.length; i++) {
            update.setParameter(i + 1, values[i]);
        }
        update.executeUpdate();
    }
}
