package io.marquee.event.boundary;

import io.marquee.event.control.Events;
import io.marquee.event.entity.EventDraft;
import io.marquee.event.entity.EventStatus;
import io.marquee.event.entity.LiveEvent;
import io.marquee.event.entity.PromoCode;
import io.marquee.event.entity.PromoCodeDraft;
import io.marquee.event.entity.TicketType;
import io.marquee.event.entity.TicketTypeDraft;
import io.marquee.platform.boundary.ApiCaller;
import io.marquee.platform.boundary.RequiresScope;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.entity.ApiScope;
import io.marquee.platform.entity.OrganiserAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Live events of the partner's organisers, their ticket types, promo codes and live availability. */
@Path("events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventsResource {

    @Inject
    Events events;

    @Inject
    ApiCaller caller;

    public record TicketTypeView(long id, String name, String description, int capacity, int taken, int available,
                                 int maxPerOrder, Instant saleStartsAt, Instant saleEndsAt, boolean hidden,
                                 int streamLimit, Map<String, BigDecimal> prices) {
        static TicketTypeView of(TicketType t) {
            return new TicketTypeView(t.getId(), t.getName(), t.getDescription(), t.getCapacity(), t.getTaken(),
                    t.getAvailable(), t.getMaxPerOrder(), t.getSaleStartsAt(), t.getSaleEndsAt(), t.isHidden(),
                    t.getStreamLimit(), t.getPrices());
        }
    }

    public record EventView(long id, long organiserId, String publicId, String title, String description,
                            Instant startsAt, Instant endsAt, String timeZone, String status,
                            List<TicketTypeView> ticketTypes) {
        static EventView of(LiveEvent e) {
            return new EventView(e.getId(), e.getOrganiserId(), e.getPublicId(), e.getTitle(), e.getDescription(),
                    e.getStartsAt(), e.getEndsAt(), e.getTimeZone(), e.getStatus().wireName(),
                    e.getTicketTypes().stream().map(TicketTypeView::of).toList());
        }
    }

    /** What a buyer can still get of each ticket type, now. */
    public record Availability(long ticketTypeId, String name, int capacity, int available, boolean onSale,
                               boolean hidden) {
    }

    public record PromoCodeView(long id, String code, BigDecimal percentOff, Map<String, BigDecimal> amountsOff,
                                Integer usageCap, int used, Instant validFrom, Instant validUntil, Set<Long> ticketTypeIds) {
        static PromoCodeView of(PromoCode p) {
            return new PromoCodeView(p.getId(), p.getCode(), p.getPercentOff(), p.getAmountsOff(), p.getUsageCap(),
                    p.getUsed(), p.getValidFrom(), p.getValidUntil(), p.getTicketTypeIds());
        }
    }

    /** Request bodies are classes with public fields (Payara's OpenAPI scanner and JSON-B). */
    public static class EventBody {
        public Long organiserId;
        public String title;
        public String description;
        public Instant startsAt;
        public Instant endsAt;
        public String timeZone;

        EventDraft draft() {
            return new EventDraft(title, description, startsAt, endsAt, timeZone);
        }
    }

    public static class StatusBody {
        public String status;
    }

    public static class TicketTypeBody {
        public String name;
        public String description;
        public Integer capacity;
        public Integer maxPerOrder;
        public Instant saleStartsAt;
        public Instant saleEndsAt;
        public boolean hidden;
        public Integer streamLimit;
        public Map<String, BigDecimal> prices;
    }

    public static class PromoCodeBody {
        public String code;
        public BigDecimal percentOff;
        public Map<String, BigDecimal> amountsOff;
        public Integer usageCap;
        public Instant validFrom;
        public Instant validUntil;
        public Set<Long> ticketTypeIds;
    }

    @GET
    @RequiresScope(ApiScope.EVENTS_READ)
    @Operation(summary = "The events of the partner's organisers, newest first")
    public List<EventView> list() {
        return events.visible(access()).stream().map(EventView::of).toList();
    }

    @GET
    @Path("{id}")
    @RequiresScope(ApiScope.EVENTS_READ)
    @Operation(summary = "One event with its ticket types")
    public EventView get(@PathParam("id") long id) {
        return EventView.of(events.find(access(), id));
    }

    @GET
    @Path("{id}/availability")
    @RequiresScope(ApiScope.EVENTS_READ)
    @Operation(summary = "Tickets left per ticket type, and whether each sells now")
    public List<Availability> availability(@PathParam("id") long id) {
        LiveEvent event = events.find(access(), id);
        Instant now = Instant.now();
        return event.getTicketTypes().stream().map(t -> new Availability(t.getId(), t.getName(), t.getCapacity(),
                t.getAvailable(), event.getStatus().selling() && t.onSaleAt(now), t.isHidden())).toList();
    }

    @POST
    @RequiresScope(ApiScope.EVENTS_WRITE)
    @Operation(summary = "Create an event (a draft) for one of the partner's organisers")
    public Response create(EventBody body) {
        EventBody event = body == null ? new EventBody() : body;
        if (event.organiserId == null) {
            throw new InvalidInput("organiserId", "required", "organiserId is required");
        }
        LiveEvent created = events.create(access(), event.organiserId, event.draft());
        return Response.created(UriBuilder.fromPath(String.valueOf(created.getId())).build())
                .entity(EventView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @RequiresScope(ApiScope.EVENTS_WRITE)
    @Operation(summary = "Change an event's title, description, times and time zone")
    public EventView update(@PathParam("id") long id, EventBody body) {
        return EventView.of(events.update(access(), id, (body == null ? new EventBody() : body).draft()));
    }

    @PUT
    @Path("{id}/status")
    @RequiresScope(ApiScope.EVENTS_WRITE)
    @Operation(summary = "Move an event on: draft, on_sale, live, ended, cancelled")
    public EventView changeStatus(@PathParam("id") long id, StatusBody body) {
        String name = body == null ? null : body.status;
        EventStatus next = EventStatus.fromWireName(name).orElseThrow(() -> new InvalidInput("status", "known",
                "'" + name + "' is not one of draft, on_sale, live, ended, cancelled"));
        return EventView.of(events.changeStatus(access(), id, next));
    }

    @POST
    @Path("{id}/ticket-types")
    @RequiresScope(ApiScope.EVENTS_WRITE)
    @Operation(summary = "Add a ticket type with its prices per currency")
    public Response addTicketType(@PathParam("id") long id, TicketTypeBody body) {
        TicketTypeBody t = body == null ? new TicketTypeBody() : body;
        TicketType type = events.addTicketType(access(), id, new TicketTypeDraft(t.name, t.description, t.capacity,
                t.maxPerOrder, t.saleStartsAt, t.saleEndsAt, t.hidden, t.streamLimit, t.prices));
        return Response.status(Response.Status.CREATED).entity(TicketTypeView.of(type)).build();
    }

    @GET
    @Path("{id}/promo-codes")
    @RequiresScope(ApiScope.EVENTS_READ)
    @Operation(summary = "The event's promo codes and how often each was used")
    public List<PromoCodeView> promoCodes(@PathParam("id") long id) {
        return events.promoCodes(access(), id).stream().map(PromoCodeView::of).toList();
    }

    @POST
    @Path("{id}/promo-codes")
    @RequiresScope(ApiScope.EVENTS_WRITE)
    @Operation(summary = "Add a promo code: percentOff or amountsOff per currency, a usage cap, a window, ticket types")
    public Response addPromoCode(@PathParam("id") long id, PromoCodeBody body) {
        PromoCodeBody p = body == null ? new PromoCodeBody() : body;
        PromoCode promo = events.addPromoCode(access(), id, new PromoCodeDraft(p.code, p.percentOff,
                p.amountsOff == null ? Map.of() : p.amountsOff, p.usageCap, p.validFrom, p.validUntil,
                p.ticketTypeIds == null ? Set.of() : p.ticketTypeIds));
        return Response.status(Response.Status.CREATED).entity(PromoCodeView.of(promo)).build();
    }

    private OrganiserAccess access() {
        return caller.credential().access();
    }
}
