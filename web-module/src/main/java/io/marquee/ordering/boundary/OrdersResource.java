package io.marquee.ordering.boundary;

import io.marquee.ordering.boundary.OrderViews.OrderView;
import io.marquee.ordering.boundary.OrderViews.PaymentView;
import io.marquee.ordering.boundary.OrderViews.QuoteView;
import io.marquee.ordering.boundary.OrderViews.RefundView;
import io.marquee.ordering.boundary.OrderViews.TicketView;
import io.marquee.ordering.control.OrderQuotes;
import io.marquee.ordering.control.Orders;
import io.marquee.ordering.control.PaymentOutcome;
import io.marquee.ordering.entity.CustomerOrder;
import io.marquee.ordering.entity.OrderRequest;
import io.marquee.ordering.entity.Refund;
import io.marquee.platform.boundary.ApiCaller;
import io.marquee.platform.boundary.Problem;
import io.marquee.platform.boundary.RequiresScope;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.entity.ApiScope;
import io.marquee.platform.entity.OrganiserAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;

/**
 * PPV orders for the partner's organisers: quote, reserve (with {@code Idempotency-Key}), pay (with
 * {@code Idempotency-Key}), or both in one request (a {@code payment} in the order), cancel, refund, tickets. Answers: 400 invalid-input naming field and rule;
 * 404 for an event or order of another organiser; 409 {@code sold-out}, {@code event-not-selling},
 * {@code hold-expired}, {@code order-not-reserved}, {@code order-not-refundable},
 * {@code idempotency-key-in-flight}; 422 {@code idempotency-key-reused}; 402 {@code payment-declined};
 * 502 {@code payment-provider-error}.
 */
@Path("orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class OrdersResource {

    @Inject
    Orders orders;

    @Inject
    OrderQuotes quotes;

    @Inject
    Idempotency idempotency;

    @Inject
    ApiCaller caller;

    public static class LineBody {
        public Long ticketTypeId;
        public Integer quantity;
    }

    /** An order request; {@code buyerEmail} is not needed for a quote. */
    public static class OrderBody {
        public Long eventId;
        public String currency;
        public List<LineBody> lines;
        public String promoCode;
        public String accessCode;
        public String buyerEmail;
        public String referrerHost;
        public String utmSource;
        public String utmMedium;
        public String utmCampaign;
        /** The card, for the one-request checkout: reserve, pay and confirm at once. */
        public PaymentBody payment;

        long event() {
            if (eventId == null) {
                throw new InvalidInput("eventId", "required", "eventId is required");
            }
            return eventId;
        }

        OrderRequest request() {
            return new OrderRequest(currency, lines == null ? null : lines.stream()
                    .map(l -> l == null ? null : new OrderRequest.Line(l.ticketTypeId, l.quantity)).toList(),
                    promoCode, accessCode, buyerEmail,
                    new CustomerOrder.Source(referrerHost, utmSource, utmMedium, utmCampaign));
        }
    }

    public static class PaymentBody {
        public String cardNumber;
    }

    public static class RefundBody {
        /** Leave out to refund all that is left. */
        public BigDecimal amount;
        public String reason;
    }

    @POST
    @Path("quote")
    @RequiresScope(ApiScope.ORDERS_READ)
    @Operation(summary = "What an order would cost: subtotal, discount, tax, total and the platform fee (nothing is held)")
    public QuoteView quote(String body) {
        OrderBody order = read(body, OrderBody.class);
        return QuoteView.of(quotes.quote(access(), order.event(), order.request()));
    }

    @POST
    @RequiresScope(ApiScope.ORDERS_WRITE)
    @Operation(summary = "Reserve tickets: holds capacity until holdExpiresAt; pay to confirm. With a payment "
            + "({\"payment\":{\"cardNumber\":\"...\"}}) it is a one-request checkout: reserved, paid and confirmed at once, "
            + "answered as a payment (201 captured, 202 waiting for the buyer); 402 payment-declined and 409 sold-out "
            + "leave nothing reserved. Send an Idempotency-Key")
    public Response reserve(@HeaderParam(Idempotency.HEADER) String key, String body) {
        return idempotency.once(key, "order.reserve", body, () -> {
            OrderBody order = read(body, OrderBody.class);
            if (order.payment != null) {
                PaymentOutcome outcome = orders.checkout(access(), order.event(), caller.credential().partnerId(),
                        order.request(), order.payment.cardNumber);
                return Response.fromResponse(paymentAnswer(outcome))
                        .location(UriBuilder.fromPath(outcome.order().getPublicId()).build()).build();
            }
            CustomerOrder reserved = orders.reserve(access(), order.event(), caller.credential().partnerId(),
                    order.request());
            return Response.created(UriBuilder.fromPath(reserved.getPublicId()).build()).entity(OrderView.of(reserved)).build();
        });
    }

    @GET
    @RequiresScope(ApiScope.ORDERS_READ)
    @Operation(summary = "The newest orders (at most 100), of one event when eventId is given")
    public List<OrderView> list(@QueryParam("eventId") Long eventId) {
        return orders.recent(access(), eventId, 100).stream().map(OrderView::of).toList();
    }

    @GET
    @Path("{id}")
    @RequiresScope(ApiScope.ORDERS_READ)
    @Operation(summary = "One order")
    public OrderView get(@PathParam("id") String id) {
        return OrderView.of(orders.find(access(), id));
    }

    @GET
    @Path("{id}/tickets")
    @RequiresScope(ApiScope.ORDERS_READ)
    @Operation(summary = "The tickets a confirmed order granted (revoked ones after a full refund)")
    public List<TicketView> tickets(@PathParam("id") String id) {
        return orders.tickets(access(), id).stream().map(TicketView::of).toList();
    }

    @POST
    @Path("{id}/cancel")
    @RequiresScope(ApiScope.ORDERS_WRITE)
    @Operation(summary = "Cancel a reservation: its tickets go back on sale")
    public OrderView cancel(@PathParam("id") String id) {
        return OrderView.of(orders.cancel(access(), id));
    }

    @POST
    @Path("{id}/payments")
    @RequiresScope(ApiScope.ORDERS_WRITE)
    @Operation(summary = "Pay a reservation by card: 201 captured (confirmed), 202 waiting for the buyer, "
            + "402 declined, 502 provider error. Send an Idempotency-Key")
    public Response pay(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key, String body) {
        return idempotency.once(key, "order.pay:" + id, body, () -> {
            PaymentOutcome outcome = orders.pay(access(), id, read(body, PaymentBody.class).cardNumber);
            return paymentAnswer(outcome);
        });
    }

    @POST
    @Path("{id}/payments/{paymentRef}/return")
    @RequiresScope(ApiScope.ORDERS_WRITE)
    @Operation(summary = "The buyer is back from the provider: complete the payment (the webhook may have done so)")
    public Response paymentReturned(@PathParam("id") String id, @PathParam("paymentRef") String paymentRef) {
        return paymentAnswer(orders.paymentReturned(access(), id, paymentRef));
    }

    @POST
    @Path("{id}/refunds")
    @RequiresScope(ApiScope.ORDERS_WRITE)
    @Operation(summary = "Refund a confirmed order, all that is left or an amount; a full refund revokes the tickets")
    public Response refund(@PathParam("id") String id, String body) {
        RefundBody refund = read(body, RefundBody.class);
        Refund done = orders.refund(access(), id, refund.amount, refund.reason, caller.credential().actor().name());
        return Response.status(Response.Status.CREATED).entity(RefundView.of(done, orders.find(access(), id))).build();
    }

    static Response paymentAnswer(PaymentOutcome outcome) {
        PaymentView view = PaymentView.of(outcome.payment(), outcome.order());
        return switch (outcome.payment().getStatus()) {
            case CAPTURED -> Response.status(Response.Status.CREATED).entity(view).build();
            case AUTHORISED, PENDING -> Response.status(Response.Status.ACCEPTED).entity(view).build();
            case DECLINED -> Problem.of(Response.Status.PAYMENT_REQUIRED, "payment-declined",
                    "the card was declined (payment " + view.paymentRef() + "); the order stays reserved until "
                            + view.order().holdExpiresAt());
            case FAILED -> Problem.of(Response.Status.BAD_GATEWAY, "payment-provider-error",
                    "the payment provider failed (payment " + view.paymentRef() + "): " + view.failure());
        };
    }

    /** Bodies are read here (not by JAX-RS) because the Idempotency-Key compares the raw body. */
    static <T> T read(String body, Class<T> type) {
        T value = body == null || body.isBlank() ? null : Idempotency.JSON.fromJson(body, type);
        if (value == null) {
            throw new InvalidInput("body", "required", "a JSON object is required");
        }
        return value;
    }

    private OrganiserAccess access() {
        return caller.credential().access();
    }
}
