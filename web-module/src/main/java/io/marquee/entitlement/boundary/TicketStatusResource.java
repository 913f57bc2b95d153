package io.marquee.entitlement.boundary;

import io.marquee.entitlement.control.TicketPages;
import io.marquee.entitlement.entity.TicketStatus;
import io.marquee.platform.boundary.Public;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

/**
 * What an open ticket page polls: waiting, live, recording (after the end, while the recording plays), ended,
 * cancelled, expired (a rental) or revoked, with the server's clock.
 */
@Path("tickets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Playback")
public class TicketStatusResource {

    @Inject
    TicketPages tickets;

    /**
     * The wire form: instants in ISO-8601, the phase by its wire name. For a rental ({@code rental}) the
     * event is the rented title, {@code startsAt} the purchase and {@code endsAt} the rental's end. In the
     * {@code recording} phase, {@code recordingUntil} is when the recording stops playing (left out otherwise).
     */
    public record TicketStatusView(boolean rental, String eventId, String eventTitle, Instant startsAt, Instant endsAt,
                                   String timeZone, String phase, Instant serverTime, Instant recordingUntil) {
        static TicketStatusView of(TicketStatus status) {
            return new TicketStatusView(status.rental(), status.eventId(), status.eventTitle(), status.startsAt(),
                    status.endsAt(), status.timeZone(), status.phase().wireName(), status.now(), status.recordingUntil());
        }
    }

    @GET
    @Path("{token}")
    @Public
    @Operation(summary = "A ticket's event and phase, for its waiting page (the ticket id is the credential)")
    public Response status(@PathParam("token") String token) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(TicketStatusView.of(tickets.status(token))).cacheControl(noStore).build();
    }
}
