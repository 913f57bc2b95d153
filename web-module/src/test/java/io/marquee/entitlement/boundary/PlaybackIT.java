package io.marquee.entitlement.boundary;

import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.Players;
import io.marquee.testing.SystemUnderTest;
import io.marquee.testing.TicketFixture;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.sql.Connection;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Playing under a grant: the stream limit, signed streams, revocation, and the rights API. */
class PlaybackIT {

    private final SystemUnderTest sut = SystemUnderTest.get();

    @Test
    void aThirdConcurrentStreamIsRefusedNamingTheDevicesThatPlay() {
        TicketFixture.Order order = Players.playableTicket(sut);
        Http.Answer laptop = Players.play(sut, order.ticket(), "laptop-0001", "Laptop");
        assertThat(laptop.status()).isEqualTo(200);
        assertThat(laptop.json().getString("url")).contains("/live/").contains("Signature=").contains("Key-Pair-Id=");
        assertThat(laptop.header("Set-Cookie")).contains("CloudFront-");
        assertThat(Players.play(sut, order.ticket(), "phone-0001", "Phone").status()).isEqualTo(200);
        assertThat(Players.play(sut, order.ticket(), "laptop-0001", "Laptop").status()).as("the same device again").isEqualTo(200);

        Http.Answer third = Players.play(sut, order.ticket(), "tablet-0001", "Tablet");
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.contentType()).startsWith("application/problem+json");
        assertThat(third.json().getString("detail")).contains("at most 2 devices").contains("Laptop").contains("Phone");

        Http.send("DELETE", sut.uri("api/v1/playback/" + laptop.json().getString("sessionId")), null, null, null);
        assertThat(Players.play(sut, order.ticket(), "tablet-0001", "Tablet").status()).as("after the laptop stopped").isEqualTo(200);
    }

    @Test
    void theLocalEdgeServesTheStreamOnlyToSignedRequestsForItsPath() {
        Http.Answer playing = Players.play(sut, Players.playableTicket(sut).ticket(), "laptop-0006", "Laptop");
        String manifest = playing.json().getString("url");
        Http.Answer signed = Http.get(URI.create(manifest), null);
        assertThat(signed.status()).isEqualTo(200);
        assertThat(signed.contentType()).isEqualTo("application/vnd.apple.mpegurl");
        assertThat(signed.body()).startsWith("#EXTM3U").contains("segment_000.ts");

        String segment = manifest.substring(0, manifest.indexOf("index.m3u8")) + "segment_000.ts";
        String cookies = playing.raw().headers().allValues("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf(';')))
                .collect(Collectors.joining("; "));
        Http.Answer withCookies = Http.send(Http.request(URI.create(segment), null).header("Cookie", cookies).GET().build());
        assertThat(withCookies.status()).isEqualTo(200);
        assertThat(withCookies.contentType()).isEqualTo("video/mp2t");

        assertThat(Http.get(URI.create(segment), null).status()).as("unsigned").isEqualTo(403);
        assertThat(Http.get(URI.create(manifest.replace("Signature=", "Signature=x")), null).status()).as("tampered")
                .isEqualTo(403);
        String otherEvent = manifest.replaceFirst("/live/[^/]+/", "/live/another-event/");
        assertThat(Http.get(URI.create(otherEvent), null).status()).as("another event's path").isEqualTo(403);
    }

    @Test
    void aRevokedGrantStopsAtTheNextHeartbeat() throws Exception {
        TicketFixture.Order order = Players.playableTicket(sut);
        String session = Players.play(sut, order.ticket(), "laptop-0002", "Laptop").json().getString("sessionId");
        assertThat(Players.heartbeat(sut, session).status()).isEqualTo(200);

        try (Connection db = sut.connect()) {
            TicketFixture.execute(db, "update entitlement set revoked_at = now(), revoke_reason = 'refund' where order_id = ?",
                    order.id());
        }

        Http.Answer stopped = Players.heartbeat(sut, session);
        assertThat(stopped.status()).isEqualTo(409);
        assertThat(stopped.json().getString("detail")).contains("cancelled or refunded");
        assertThat(Players.play(sut, order.ticket(), "laptop-0003", "Laptop").status()).isEqualTo(409);
    }

    @Test
    void aGrantThatIsNotValidYetDoesNotPlay() {
        TicketFixture.Order order = TicketFixture.confirmedOrder(sut, "early-" + UUID.randomUUID() + "@example.org");
        TicketFixture.grant(sut, order, Instant.now().plusSeconds(3600).toString());
        Http.Answer early = Players.play(sut, order.ticket(), "laptop-0004", "Laptop");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().getString("detail")).contains("shortly before the event starts");
    }

    @Test
    void badDeviceInputIsRefusedNamingTheField() {
        TicketFixture.Order order = Players.playableTicket(sut);
        Http.Answer bad = Players.play(sut, order.ticket(), "x", "Laptop");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("deviceId");
        assertThat(Players.play(sut, "no-such-ticket", "laptop-0005", "Laptop").status()).isEqualTo(404);
        assertThat(PartnerFixture.count(sut, "select count(*) from stream_session s join entitlement g on g.id = "
                + "s.entitlement_id where g.order_id = " + order.id())).isZero();
    }

    @Test
    void theRightsApiAnswersForTheCallersOrganisersOnly() {
        TicketFixture.Order order = Players.playableTicket(sut);
        JsonObject rights = Http.get(sut.uri("api/v1/rights?ticket=" + order.ticket()),
                PartnerFixture.keyFor(sut, "northern-lights", "rights:read")).json();
        assertThat(rights.getBoolean("playable")).isTrue();
        assertThat(rights.getString("status")).isEqualTo("playable");
        assertThat(rights.getJsonArray("rights").getString(0)).isEqualTo("play");
        assertThat(rights.getInt("streamLimit")).isEqualTo(2);

        String stranger = PartnerFixture.keyFor(sut, null, "rights:read");
        assertThat(Http.get(sut.uri("api/v1/rights?ticket=" + order.ticket()), stranger).status()).isEqualTo(404);
        Http.Answer both = Http.get(sut.uri("api/v1/rights?ticket=a&deviceToken=b"),
                PartnerFixture.keyFor(sut, "northern-lights", "rights:read"));
        assertThat(both.status()).isEqualTo(400);
    }
}
