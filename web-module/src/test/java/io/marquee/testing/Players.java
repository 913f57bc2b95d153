package io.marquee.testing;

import java.time.Instant;
import java.util.UUID;

/** A player on the playback API: a ticket that plays now, asking to play, heartbeats. */
public final class Players {

    private Players() {
    }

    /** A confirmed order whose grant has played since a minute ago (for a day, on two devices). */
    public static TicketFixture.Order playableTicket(SystemUnderTest sut) {
        TicketFixture.Order order = TicketFixture.confirmedOrder(sut, "viewer-" + UUID.randomUUID() + "@example.org");
        TicketFixture.grant(sut, order, Instant.now().minusSeconds(60).toString());
        return order;
    }

    public static Http.Answer play(SystemUnderTest sut, String ticket, String deviceId, String label) {
        return Http.send("POST", sut.uri("api/v1/playback"), null, "application/json",
                "{\"ticket\": \"" + ticket + "\", \"deviceId\": \"" + deviceId + "\", \"deviceLabel\": \"" + label + "\"}");
    }

    public static Http.Answer heartbeat(SystemUnderTest sut, String session) {
        return Http.send("PUT", sut.uri("api/v1/playback/" + session), null, null, null);
    }
}
