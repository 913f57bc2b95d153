package io.marquee.platform.boundary;

import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A partner checks its key with GET /api/v1/ping. */
class PingIT {

    static SystemUnderTest sut;

    @BeforeAll
    static void server() {
        sut = SystemUnderTest.get();
    }

    @Test
    void pingAnswersTheKeysPartnerAndTheServersTime() {
        String key = PartnerFixture.keyFor(sut, "northern-lights", "catalog:read");
        String prefix = key.split("_")[1];
        long partnerId = PartnerFixture.count(sut, "select partner_id from api_key where prefix = '" + prefix + "'");

        Instant before = Instant.now();
        Http.Answer pong = Http.get(sut.uri("api/v1/ping"), key);

        assertThat(pong.status()).as(pong.body()).isEqualTo(200);
        assertThat(pong.contentType()).startsWith("application/json");
        assertThat(pong.json().getJsonNumber("partnerId").longValue()).isEqualTo(partnerId);
        assertThat(Instant.parse(pong.json().getString("time")))
                .isBetween(before.minus(Duration.ofMinutes(1)), Instant.now().plus(Duration.ofMinutes(1)));
    }

    @Test
    void pingIsInTheApiDescription() {
        Http.Answer openapi = Http.send(Http.request(sut.uri("openapi"), null).setHeader("Accept", "application/json").GET().build());
        assertThat(openapi.json().getJsonObject("paths").getJsonObject("/api/v1/ping").getJsonObject("get")
                .getString("summary")).contains("partner key");
    }
}
