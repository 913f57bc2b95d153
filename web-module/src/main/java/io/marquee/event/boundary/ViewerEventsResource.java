package io.marquee.event.boundary;

import io.marquee.event.control.Events;
import io.marquee.event.entity.LiveEvent;
import io.marquee.platform.boundary.Public;
import io.marquee.platform.control.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/**
 * What the public event page polls: how many tickets of each type it shows are left. Cheap by
 * design (one event, its ticket types) and cacheable for a moment, so many viewers polling every
 * few seconds cost little.
 */
@Path("viewer/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Viewer")
public class ViewerEventsResource {

    private static final int SECONDS_FRESH = 2;

    @Inject
    Events events;

    public record Availability(String status, List<Left> ticketTypes) {
    }

    public record Left(long id, int available, boolean onSale) {
    }

    @GET
    @Path("{publicId}/availability")
    @Public
    @Operation(summary = "Tickets left per ticket type of a published event, public")
    public Response availability(@PathParam("publicId") String publicId, @QueryParam("accessCode") String accessCode) {
        LiveEvent event = events.published(publicId).orElseThrow(() -> new NotFound("event", publicId));
        Instant now = Instant.now();
        List<Left> left = events.offered(event, accessCode).stream()
                .map(t -> new Left(t.getId(), t.getAvailable(), t.sellingAt(now))).toList();
        CacheControl cache = new CacheControl();
        cache.setMaxAge(SECONDS_FRESH);
        return Response.ok(new Availability(event.getStatus().wireName(), left)).cacheControl(cache).build();
    }
}
