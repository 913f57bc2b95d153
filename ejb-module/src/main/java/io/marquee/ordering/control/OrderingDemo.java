package io.marquee.ordering.control;

import io.marquee.event.entity.LiveEvent;
import io.marquee.event.entity.TicketType;
import io.marquee.ordering.entity.CustomerOrder;
import io.marquee.ordering.entity.OrderRequest;
import io.marquee.platform.entity.OrganiserAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The demo's first sales: a few sandbox orders for the demo event, paid with the success card, so
 * the ledger has rows (one with the promo code, one partly refunded).
 */
@Stateless
public class OrderingDemo {

    @Inject
    Orders orders;

    public void load(LiveEvent event) {
        OrganiserAccess access = OrganiserAccess.only(Set.of(event.getOrganiserId()));
        TicketType stream = event.getTicketTypes().get(0);
        buy(access, event, new OrderRequest("NOK", List.of(new OrderRequest.Line(stream.getId(), 2)), null, null,
                "ingrid@example.com", new CustomerOrder.Source("northern-lights.example", "newsletter", "email", "aurora")));
        buy(access, event, new OrderRequest("EUR", List.of(new OrderRequest.Line(stream.getId(), 1)), "AURORA20", null,
                "lukas@example.com", null));
        CustomerOrder refunded = buy(access, event, new OrderRequest("NOK", List.of(new OrderRequest.Line(stream.getId(), 3)),
                null, null, "sofie@example.com", null));
        orders.refund(access, refunded.getPublicId(), new BigDecimal("149.00"), "one viewer could not attend", "system");
    }

    /**
     * A ticket for the demo's viewer: to the live event, so the run command's first ticket email has a
     * stream to watch, and to the ended one, whose recording it plays.
     */
    public CustomerOrder watcher(LiveEvent event) {
        OrganiserAccess access = OrganiserAccess.only(Set.of(event.getOrganiserId()));
        return buy(access, event, new OrderRequest("NOK", List.of(new OrderRequest.Line(
                event.getTicketTypes().get(0).getId(), 1)), null, null, "viewer@example.com", null));
    }

    /** Reserves and pays with the sandbox's success card: a confirmed order. */
    public CustomerOrder buy(OrganiserAccess access, LiveEvent event, OrderRequest request) {
        CustomerOrder order = orders.reserve(access, event.getId(), null, request);
        return orders.pay(access, order.getPublicId(), SandboxPayments.SUCCEEDS).order();
    }
}
