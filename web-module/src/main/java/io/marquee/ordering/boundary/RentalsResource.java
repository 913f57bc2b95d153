package io.marquee.ordering.boundary;

import io.marquee.ordering.boundary.OrderViews.OrderView;
import io.marquee.ordering.control.QuoteRefused;
import io.marquee.ordering.control.Rentals;
import io.marquee.ordering.entity.CustomerOrder;
import io.marquee.platform.boundary.ApiCaller;
import io.marquee.platform.boundary.Problem;
import io.marquee.platform.boundary.RequiresScope;
import io.marquee.platform.entity.ApiScope;
import io.marquee.pricing.boundary.PricingViews.PriceView;
import io.marquee.pricing.control.Quotes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.StringReader;
import java.time.Instant;

/**
 * TVOD rentals for the partner's organisers: an order made from a price quote (GET
 * /products/{id}/price issues one), then paid, refunded and read under /orders/{id} like every
 * order. A quote that expired or whose price no longer holds is refused with 409 {@code quote-expired}
 * or {@code quote-changed}, naming the quote and the rule, with {@code currentPrice}: the price now
 * and, when the title is still for sale, a fresh {@code quoteId} to retry with.
 */
@Path("rentals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class RentalsResource {

    @Inject
    Rentals rentals;

    @Inject
    Quotes quotes;

    @Inject
    Idempotency idempotency;

    @Inject
    ApiCaller caller;

    public static class RentalBody {
        /** The id of a quote the price endpoint issued. */
        public String quoteId;
        public String buyerEmail;
    }

    @POST
    @RequiresScope(ApiScope.ORDERS_WRITE)
    @Operation(summary = "Rent a title at a quoted price: an order to pay at /orders/{id}/payments. Send an Idempotency-Key")
    public Response rent(@HeaderParam(Idempotency.HEADER) String key, String body) {
        try {
            return idempotency.once(key, "order.rent", body, () -> {
                RentalBody rental = OrdersResource.read(body, RentalBody.class);
                CustomerOrder order = rentals.rent(caller.credential().access(), caller.credential().partnerId(),
                        rental.quoteId, rental.buyerEmail);
                return Response.created(UriBuilder.fromPath("orders/{id}").build(order.getPublicId()))
                        .entity(OrderView.of(order)).build();
            });
        } catch (QuoteRefused refused) {
            return refusal(refused);
        }
    }

    /** The refused quote, the rule it broke, and the price now with a fresh quote (issued after the rollback). */
    private Response refusal(QuoteRefused refused) {
        Quotes.Quoted now = quotes.priceAndIssue(caller.credential().access(), refused.productId(), Instant.now(),
                refused.currency());
        PriceView price = PriceView.of(refused.productId(), now.answer(), refused.currency());
        PriceView current = now.quote() == null ? price : price.quoted(now.quote());
        JsonObject members = Json.createObjectBuilder()
                .add("quoteId", refused.quoteId())
                .add("field", "quoteId")
                .add("rule", refused.rule())
                .add("currentPrice", Json.createReader(new StringReader(Idempotency.JSON.toJson(current))).readObject())
                .build();
        String type = QuoteRefused.EXPIRED.equals(refused.rule()) ? "quote-expired" : "quote-changed";
        return Problem.of(Response.Status.CONFLICT, type, refused.getMessage(), members);
    }
}
