package io.marquee.entitlement.boundary;

import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.Players;
import io.marquee.testing.SystemUnderTest;
import io.marquee.testing.TicketFixture;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A device that plays already asks again and sends heartbeats: it keeps playing while its grant plays,
 * stops at once when the grant is revoked or ends, and never lets a grant play on more devices than its limit.
 */
class PlayingDevicesIT {

    private final SystemUnderTest sut = SystemUnderTest.get();

    @Test
    void aPlayingDeviceIsStoppedAtItsVeryNextRequestWhenItsGrantIsRevoked() throws Exception {
        TicketFixture.Order order = Players.playableTicket(sut);
        Http.Answer first = Players.play(sut, order.ticket(), "laptop-1001", "Laptop");
        Http.Answer again = Players.play(sut, order.ticket(), "laptop-1001", "Laptop");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getString("sessionId")).as("the device's own session").isEqualTo(first.json().getString("sessionId"));
        assertThat(again.json().getString("url")).contains("/live/").contains("Signature=");
        assertThat(again.raw().headers().allValues("Set-Cookie")).hasSize(3)
                .allSatisfy(cookie -> assertThat(cookie).startsWith("CloudFront-").contains("HttpOnly"));
        assertThat(again.json().getJsonObject("cookies").keySet())
                .containsExactlyInAnyOrder("CloudFront-Policy", "CloudFront-Signature", "CloudFront-Key-Pair-Id");

        sql("update entitlement set revoked_at = now(), revoke_reason = 'refund' where order_id = ?", order.id());

        Http.Answer stopped = Players.play(sut, order.ticket(), "laptop-1001", "Laptop");
        assertThat(stopped.status()).isEqualTo(409);
        assertThat(stopped.contentType()).startsWith("application/problem+json");
        assertThat(stopped.json().getString("detail")).contains("cancelled or refunded");
        assertThat(Players.heartbeat(sut, first.json().getString("sessionId")).status()).isEqualTo(409);
    }

    @Test
    void aPlayingDeviceIsStoppedWhenItsGrantsViewingWindowEnds() throws Exception {
        TicketFixture.Order order = Players.playableTicket(sut);
        String session = Players.play(sut, order.ticket(), "laptop-1002", "Laptop").json().getString("sessionId");
        assertThat(Players.heartbeat(sut, session).status()).isEqualTo(200);

        sql("update entitlement set valid_until = now() - interval '1 second' where order_id = ?", order.id());

        Http.Answer beat = Players.heartbeat(sut, session);
        assertThat(beat.status()).isEqualTo(409);
        assertThat(beat.json().getString("detail")).contains("viewing window is over");
        assertThat(Players.play(sut, order.ticket(), "laptop-1002", "Laptop").json().getString("detail")).contains("viewing window is over");
    }

    @Test
    void devicesRacingForTheLastSlotsGetExactlyTheLimitWhileThePlayingOnesRenew() throws Exception {
        TicketFixture.Order order = Players.playableTicket(sut);
        List<Callable<Integer>> racers = new ArrayList<>();
        for (int device = 0; device < 6; device++) {
            String id = "racer-100" + device;
            racers.add(() -> Players.play(sut, order.ticket(), id, "Racer " + id).status());
        }
        assertThat(race(racers)).as("six devices at once for a limit of two").containsOnly(200, 409)
                .filteredOn(status -> status == 200).hasSize(2);
        assertThat(playingNow(order)).isEqualTo(2);

        TicketFixture.Order full = Players.playableTicket(sut);
        String laptop = Players.play(sut, full.ticket(), "laptop-1003", "Laptop").json().getString("sessionId");
        Players.play(sut, full.ticket(), "phone-10003", "Phone");
        List<Callable<Integer>> mixed = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            String newcomer = "tablet-100" + round;
            mixed.add(() -> Players.play(sut, full.ticket(), "laptop-1003", "Laptop").status());
            mixed.add(() -> Players.heartbeat(sut, laptop).status());
            mixed.add(() -> Players.play(sut, full.ticket(), "phone-10003", "Phone").status());
            mixed.add(() -> {
                Http.Answer refused = Players.play(sut, full.ticket(), newcomer, "Tablet");
                return refused.status() == 409 && refused.json().getString("detail").contains("Laptop")
                        && refused.json().getString("detail").contains("Phone") ? 409 : refused.status();
            });
        }
        List<Integer> statuses = race(mixed);
        for (int i = 0; i < statuses.size(); i++) {
            assertThat(statuses.get(i)).as("request %d (every fourth a newcomer)", i).isEqualTo(i % 4 == 3 ? 409 : 200);
        }
        assertThat(playingNow(full)).isEqualTo(2);
    }

    @Test
    void aSessionAboutToGoStaleIsKeptAndAStaleOneIsGone() throws Exception {
        TicketFixture.Order order = Players.playableTicket(sut);
        String session = Players.play(sut, order.ticket(), "laptop-1004", "Laptop").json().getString("sessionId");

        sql("update stream_session set last_seen_at = now() - interval '85 seconds' where id = ?", session);
        assertThat(Players.heartbeat(sut, session).status()).as("five seconds before it goes stale").isEqualTo(200);
        assertThat(PartnerFixture.count(sut, "select count(*) from stream_session where id = '" + session
                + "' and last_seen_at > now() - interval '10 seconds'")).isEqualTo(1);

        sql("update stream_session set last_seen_at = now() - interval '5 minutes' where id = ?", session);
        Http.Answer gone = Players.heartbeat(sut, session);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.contentType()).startsWith("application/problem+json");
        Http.Answer again = Players.play(sut, order.ticket(), "laptop-1004", "Laptop");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getString("sessionId")).as("a new session").isNotEqualTo(session);
    }

    @Test
    void unknownOrEndedSessionsTicketsAndDeviceTokensAreNotFound() {
        TicketFixture.Order order = Players.playableTicket(sut);
        String session = Players.play(sut, order.ticket(), "laptop-1005", "Laptop").json().getString("sessionId");
        Http.send("DELETE", sut.uri("api/v1/playback/" + session), null, null, null);

        for (Http.Answer missing : List.of(Players.heartbeat(sut, session), Players.heartbeat(sut, "no-such-session"),
                Players.play(sut, "no-such-ticket", "laptop-1005", "Laptop"),
                Http.send("POST", sut.uri("api/v1/playback"), "no-such-device-token", "application/json",
                        "{\"deviceId\": \"living-room-tv-2\", \"deviceLabel\": \"TV\"}"))) {
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aTvRenewsWithItsDeviceTokenUntilTheTokenExpiresOrTheGrantIsRevoked() throws Exception {
        TicketFixture.Order order = Players.playableTicket(sut);
        String token = UUID.randomUUID().toString();
        sql("""
                insert into device_token (token_hash, entitlement_id, client_id, expires_at)
                select sha256(convert_to(?, 'UTF8')), id, 'marquee-tv-app', now() + interval '1 day'
                from entitlement where order_id = ?""", token, order.id());
        String body = "{\"deviceId\": \"living-room-tv-3\", \"deviceLabel\": \"Living room TV\"}";
        Http.Answer first = Http.send("POST", sut.uri("api/v1/playback"), token, "application/json", body);
        Http.Answer again = Http.send("POST", sut.uri("api/v1/playback"), token, "application/json", body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getString("sessionId")).isEqualTo(first.json().getString("sessionId"));

        sql("update device_token set expires_at = now() - interval '1 second' where entitlement_id = "
                + "(select id from entitlement where order_id = ?)", order.id());
        assertThat(Http.send("POST", sut.uri("api/v1/playback"), token, "application/json", body).status()).isEqualTo(404);

        sql("update device_token set expires_at = now() + interval '1 day' where entitlement_id = "
                + "(select id from entitlement where order_id = ?)", order.id());
        sql("update entitlement set revoked_at = now(), revoke_reason = 'chargeback' where order_id = ?", order.id());
        assertThat(Http.send("POST", sut.uri("api/v1/playback"), token, "application/json", body).status()).isEqualTo(409);
    }

    private static List<Integer> race(List<Callable<Integer>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (Callable<Integer> request : requests) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private long playingNow(TicketFixture.Order order) {
        return PartnerFixture.count(sut, "select count(*) from stream_session s join entitlement g on g.id = s.entitlement_id "
                + "where g.order_id = " + order.id() + " and s.ended_at is null and s.last_seen_at > now() - interval '90 seconds'");
    }

    private void sql(String sql, Object... values) throws Exception {
        try (Connection db = sut.connect()) {
            TicketFixture.execute(db, sql, values);
        }
    }
}
