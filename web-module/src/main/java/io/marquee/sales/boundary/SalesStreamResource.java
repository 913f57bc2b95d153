package io.marquee.sales.boundary;

import io.marquee.platform.boundary.ApiCaller;
import io.marquee.platform.boundary.RequiresScope;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.entity.ApiScope;
import io.marquee.sales.control.SalesFeed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reservations, sales and refunds of the partner's organisers as server-sent events. Each event's id
 * is its place in the stream: reconnect with {@code Last-Event-ID} (or {@code ?after=}) to receive
 * exactly what was missed.
 */
@Path("sales")
@RequestScoped
@Tag(name = "Live sales")
public class SalesStreamResource {

    static final String LAST_EVENT_ID = "Last-Event-ID";

    @Inject
    ApiCaller caller;

    @Inject
    SalesFeed feed;

    @Inject
    PartnerStreams streams;

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RequiresScope(ApiScope.SALES_READ)
    @Operation(summary = "Server-sent events: reservation, sale, refund. Without Last-Event-ID it starts with what happens next")
    public void stream(@HeaderParam(LAST_EVENT_ID) String lastEventId, @QueryParam("after") String after,
                       @Context SseEventSink sink, @Context Sse sse) {
        long from = lastEventId != null ? position(LAST_EVENT_ID, lastEventId)
                : after != null ? position("after", after) : feed.latest();
        streams.open(caller.credential().access(), from, sink, sse);
    }

    private static long position(String field, String value) {
        try {
            long seq = Long.parseLong(value.strip());
            if (seq >= 0) {
                return seq;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new InvalidInput(field, "event-id", "an event id is a whole number of zero or more, as the stream sent it");
    }
}
