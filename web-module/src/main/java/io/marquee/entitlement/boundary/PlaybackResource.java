package io.marquee.entitlement.boundary;

import io.marquee.entitlement.control.Playback;
import io.marquee.entitlement.control.PlayingDevices;
import io.marquee.platform.boundary.Public;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

/**
 * Players ask here to play: with the ticket id (browser) or a device token (TV, as a Bearer token).
 * The answer is a stream session and a short-lived signed stream; the player sends a heartbeat with
 * the session id to keep playing and to get the next signature.
 */
@Path("playback")
// one instance for all requests: it holds no request state, and a join storm should not pay for building
// and injecting a resource on every request
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Playback")
public class PlaybackResource {

    private static final String BEARER = "Bearer ";

    @Inject
    PlayingDevices playing;

    @Inject
    Playback playback;

    private final PlaybackAnswers answers = new PlaybackAnswers();

    /** A player's request to play; {@code ticket} is left out when a TV sends its device token. */
    public static class PlayRequest {
        public String ticket;
        public String deviceId;
        public String deviceLabel;
    }

    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start playing on a device: refused over the ticket's stream limit, listing the devices playing")
    public Response play(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, PlayRequest request) {
        PlayRequest play = request == null ? new PlayRequest() : request;
        String deviceToken = authorization != null && authorization.startsWith(BEARER)
                ? authorization.substring(BEARER.length()).strip() : null;
        return answers.of(playing.authorise(play.ticket, deviceToken, play.deviceId, play.deviceLabel, Instant.now()));
    }

    @PUT
    @Path("{sessionId}")
    @Public
    @Operation(summary = "Heartbeat of a playing device: keeps its session and renews the signature")
    public Response heartbeat(@PathParam("sessionId") String sessionId) {
        return answers.of(playing.heartbeat(sessionId, Instant.now()));
    }

    @DELETE
    @Path("{sessionId}")
    @Public
    @Operation(summary = "Stop playing: frees the device's slot at once")
    public Response stop(@PathParam("sessionId") String sessionId) {
        playback.end(sessionId);
        return Response.noContent().build();
    }

}
